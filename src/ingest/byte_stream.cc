#include "ingest/byte_stream.h"

#include <algorithm>
#include <cstring>

namespace storyline {

BufferedInput::BufferedInput(SequentialFile* file, size_t chunk_bytes, size_t padding)
    : file_(file), chunk_bytes_(std::max<size_t>(chunk_bytes, 1)), padding_(padding) {}

void BufferedInput::Fill(size_t bytes) {
  while (end_ - begin_ < bytes && !at_end_) {
    // Move the unread bytes to the front, then make room for one more chunk
    // (or for `bytes`, when a record is longer than a chunk).
    if (begin_ > 0) {
      std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    size_t want = std::max(chunk_bytes_, bytes - end_);
    if (buffer_.size() < end_ + want + padding_) buffer_.resize(end_ + want + padding_);
    auto got = file_->Read(buffer_.data() + end_, want);
    if (!got.ok()) status_ = got.status();
    if (!got.ok() || *got == 0) {
      at_end_ = true;
      break;
    }
    end_ += *got;
  }
}

Result<size_t> BufferedInput::Read(char* buffer, size_t n) {
  if (begin_ == end_) {
    if (at_end_) return status_.ok() ? Result<size_t>(size_t{0}) : Result<size_t>(status_);
    return file_->Read(buffer, n);
  }
  n = std::min(n, end_ - begin_);
  std::memcpy(buffer, buffer_.data() + begin_, n);
  begin_ += n;
  return n;
}

Result<size_t> IstreamFile::Read(char* buffer, size_t n) {
  if (!*in_) return size_t{0};
  in_->read(buffer, static_cast<std::streamsize>(n));
  if (in_->bad()) return Status::IoError(name_ + ": read failed");
  return static_cast<size_t>(in_->gcount());
}

}  // namespace storyline
