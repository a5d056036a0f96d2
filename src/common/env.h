// The environment behind interfaces: the clock and the file system are passed
// in, so stages stay pure and tests use in-memory fakes (see leveldb's Env).
// Nothing in storyline reads "now" except through a Clock, and relative dates
// never use it: they resolve against an article's publication date.
#ifndef STORYLINE_COMMON_ENV_H_
#define STORYLINE_COMMON_ENV_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"

namespace storyline {

class Clock {
 public:
  virtual ~Clock() = default;
  // Seconds since the Unix epoch (UTC). Used for ingest timestamps and progress only.
  virtual int64_t NowSeconds() const = 0;
};

// A file read front to back, a piece at a time: readers that stream records
// (JSON Lines, WARC) hold a bounded window of a file of any size.
class SequentialFile {
 public:
  virtual ~SequentialFile() = default;
  // Reads up to `n` bytes into `buffer`; returns how many, 0 only at the end.
  // Errors name the file.
  virtual Result<size_t> Read(char* buffer, size_t n) = 0;
};

// A view of bytes in memory, read front to back (not owned): an in-memory
// buffer handed to a streaming reader.
class StringViewFile : public SequentialFile {
 public:
  explicit StringViewFile(std::string_view data) : data_(data) {}
  Result<size_t> Read(char* buffer, size_t n) override;

 private:
  std::string_view data_;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  virtual Result<std::string> ReadFile(const std::string& path) const = 0;
  virtual Result<std::unique_ptr<SequentialFile>> OpenSequential(const std::string& path) const = 0;
  virtual Status WriteFile(const std::string& path, const std::string& data) = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
  virtual bool Exists(const std::string& path) const = 0;
  // Regular files below `dir`, recursively, sorted by path.
  virtual Result<std::vector<std::string>> ListFiles(const std::string& dir) const = 0;
};

// The real clock and disk.
std::unique_ptr<Clock> NewSystemClock();
std::unique_ptr<FileSystem> NewDiskFileSystem();

// A fixed clock and an in-memory file system, for tests.
class FakeClock : public Clock {
 public:
  explicit FakeClock(int64_t now) : now_(now) {}
  int64_t NowSeconds() const override { return now_; }
  void Set(int64_t now) { now_ = now; }
 private:
  int64_t now_;
};

class MemFileSystem : public FileSystem {
 public:
  Result<std::string> ReadFile(const std::string& path) const override;
  // The file's content as it is now (later writes are not seen).
  Result<std::unique_ptr<SequentialFile>> OpenSequential(const std::string& path) const override;
  Status WriteFile(const std::string& path, const std::string& data) override;
  bool IsDirectory(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  Result<std::vector<std::string>> ListFiles(const std::string& dir) const override;
 private:
  std::map<std::string, std::string> files_;
};

}  // namespace storyline

#endif  // STORYLINE_COMMON_ENV_H_
