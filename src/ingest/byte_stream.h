// Buffered reading of a SequentialFile for the readers that stream records
// (JSON Lines, WARC): they look at a window of the file, take the records that
// are whole in it, and ask for more. The window holds the unread bytes only,
// so memory is bounded by the largest record, not by the file.
//
// Thread-safety: none; one reader owns a BufferedInput.
#ifndef STORYLINE_INGEST_BYTE_STREAM_H_
#define STORYLINE_INGEST_BYTE_STREAM_H_

#include <cstddef>
#include <istream>
#include <string_view>
#include <vector>

#include "common/env.h"
#include "storyline/status.h"

namespace storyline {

class BufferedInput : public SequentialFile {
 public:
  // Reads `file` (not owned; must outlive this) `chunk_bytes` at a time.
  // `padding`: bytes past the end of the unread window that stay allocated
  // (simdjson reads up to 64 bytes past a record, see jsonl_reader.cc).
  explicit BufferedInput(SequentialFile* file, size_t chunk_bytes = size_t{1} << 20, size_t padding = 64);

  // Reads until at least `bytes` unread bytes are buffered or the file ends.
  // A read error ends the file like its end does (at_end() turns true), so the
  // records before it are still read; readers report status() last.
  void Fill(size_t bytes);
  // Reads one more chunk (a no-op at the end of the file).
  void FillMore() { Fill(available().size() + chunk_bytes_); }
  // The read error that ended the file, or OK.
  const Status& status() const { return status_; }

  // The bytes read and not consumed yet; valid until the next Fill or Read.
  // At least `padding` allocated bytes follow the view.
  std::string_view available() const { return {buffer_.data() + begin_, end_ - begin_}; }
  void Consume(size_t bytes) { begin_ += bytes < end_ - begin_ ? bytes : end_ - begin_; }
  // True when the file has no bytes beyond available().
  bool at_end() const { return at_end_; }

  // SequentialFile: the buffered bytes first, then the rest of the file.
  Result<size_t> Read(char* buffer, size_t n) override;

 private:
  SequentialFile* file_;
  size_t chunk_bytes_;
  size_t padding_;
  std::vector<char> buffer_;  // [begin_, end_) unread, then padding_ or more allocated
  size_t begin_ = 0;
  size_t end_ = 0;
  bool at_end_ = false;
  Status status_;
};

// A std::istream (standard input); `name` is used in errors.
class IstreamFile : public SequentialFile {
 public:
  IstreamFile(std::istream* in, std::string name) : in_(in), name_(std::move(name)) {}
  Result<size_t> Read(char* buffer, size_t n) override;

 private:
  std::istream* in_;
  std::string name_;
};

}  // namespace storyline

#endif  // STORYLINE_INGEST_BYTE_STREAM_H_
