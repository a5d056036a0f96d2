#include "ingest/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace storyline {

namespace {

class GunzipFile : public SequentialFile {
 public:
  // `name` ("" for none) starts the errors' messages.
  GunzipFile(SequentialFile* compressed, std::string name)
      : compressed_(compressed), where_(name.empty() ? name : name + ": ") {
    if (inflateInit2(&stream_, 16 + MAX_WBITS) != Z_OK) status_ = Status::Internal("zlib init failed");
  }
  ~GunzipFile() override { inflateEnd(&stream_); }

  Result<size_t> Read(char* buffer, size_t n) override;

 private:
  // Refills the input when it is used up; false at the end of the compressed file.
  Result<bool> Refill();

  SequentialFile* compressed_;
  std::string where_;
  z_stream stream_{};
  char input_[1 << 16];
  Status status_;          // sticky: a corrupt stream stays failed
  bool finished_ = false;  // the last member ended with the file
  bool in_member_ = true;  // the file must not end here: inside a member, or before the first
};

Result<bool> GunzipFile::Refill() {
  if (stream_.avail_in > 0) return true;
  auto got = compressed_->Read(input_, sizeof(input_));
  if (!got.ok()) return got.status();
  stream_.next_in = reinterpret_cast<Bytef*>(input_);
  stream_.avail_in = static_cast<uInt>(*got);
  return *got > 0;
}

Result<size_t> GunzipFile::Read(char* buffer, size_t n) {
  if (!status_.ok()) return status_;
  stream_.next_out = reinterpret_cast<Bytef*>(buffer);
  stream_.avail_out = static_cast<uInt>(std::min<size_t>(n, uInt(-1)));
  const uInt wanted = stream_.avail_out;
  while (!finished_ && stream_.avail_out == wanted) {  // until some output
    auto more = Refill();
    if (!more.ok()) return status_ = more.status();
    if (!*more) {
      if (in_member_) status_ = Status::Corruption(where_ + "gzip data is truncated");
      finished_ = true;
      break;
    }
    int rc = inflate(&stream_, Z_NO_FLUSH);
    in_member_ = true;
    if (rc == Z_STREAM_END) {
      inflateReset(&stream_);  // a next member may follow
      in_member_ = false;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      status_ = Status::Corruption(where_ + "gzip data is corrupt: " +
                                   (stream_.msg != nullptr ? stream_.msg : "inflate failed"));
    }
    if (!status_.ok()) return status_;
  }
  size_t produced = wanted - stream_.avail_out;
  if (produced == 0 && !status_.ok()) return status_;
  return produced;
}

}  // namespace

std::unique_ptr<SequentialFile> NewGunzipFile(SequentialFile* compressed, std::string name) {
  return std::make_unique<GunzipFile>(compressed, std::move(name));
}

Result<std::string> Gunzip(std::string_view data, size_t max_bytes) {
  StringViewFile compressed(data);
  std::unique_ptr<SequentialFile> inflated = NewGunzipFile(&compressed, "");
  std::string out;
  char buffer[1 << 16];
  while (true) {
    auto got = inflated->Read(buffer, sizeof(buffer));
    if (!got.ok()) return got.status();
    if (*got == 0) return out;
    out.append(buffer, *got);
    if (out.size() > max_bytes) {
      return Status::InvalidInput("decompressed size exceeds " + std::to_string(max_bytes) + " bytes");
    }
  }
}

}  // namespace storyline
