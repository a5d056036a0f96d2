#include "common/env.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace storyline {
namespace {

namespace fs = std::filesystem;

class SystemClock : public Clock {
 public:
  int64_t NowSeconds() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch()).count();
  }
};

// A POSIX file descriptor, read with read(2).
class DiskSequentialFile : public SequentialFile {
 public:
  DiskSequentialFile(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  ~DiskSequentialFile() override { ::close(fd_); }

  Result<size_t> Read(char* buffer, size_t n) override {
    while (true) {
      ssize_t got = ::read(fd_, buffer, n);
      if (got >= 0) return static_cast<size_t>(got);
      if (errno != EINTR) return Status::IoError(path_ + ": read failed: " + std::strerror(errno));
    }
  }

 private:
  std::string path_;
  int fd_;
};

// An owned copy of a string, read front to back.
class StringSequentialFile : public SequentialFile {
 public:
  explicit StringSequentialFile(std::string data) : data_(std::move(data)), view_(data_) {}
  Result<size_t> Read(char* buffer, size_t n) override { return view_.Read(buffer, n); }

 private:
  std::string data_;
  StringViewFile view_;  // over data_ (declared after it)
};

class DiskFileSystem : public FileSystem {
 public:
  Result<std::unique_ptr<SequentialFile>> OpenSequential(const std::string& path) const override {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::IoError(path + ": cannot open for reading: " + std::strerror(errno));
    return std::unique_ptr<SequentialFile>(new DiskSequentialFile(path, fd));
  }
  Result<std::string> ReadFile(const std::string& path) const override {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IoError(path + ": cannot open for reading");
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad()) return Status::IoError(path + ": read failed");
    return out.str();
  }
  Status WriteFile(const std::string& path, const std::string& data) override {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(path + ": cannot open for writing");
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out) return Status::IoError(path + ": write failed");
    return Status::Ok();
  }
  bool IsDirectory(const std::string& path) const override {
    std::error_code ec;
    return fs::is_directory(path, ec);
  }
  bool Exists(const std::string& path) const override {
    std::error_code ec;
    return fs::exists(path, ec);
  }
  Result<std::vector<std::string>> ListFiles(const std::string& dir) const override {
    std::error_code ec;
    std::vector<std::string> files;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    }
    if (ec) return Status::IoError(dir + ": " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
  }
};

}  // namespace

std::unique_ptr<Clock> NewSystemClock() { return std::make_unique<SystemClock>(); }
std::unique_ptr<FileSystem> NewDiskFileSystem() { return std::make_unique<DiskFileSystem>(); }

Result<size_t> StringViewFile::Read(char* buffer, size_t n) {
  n = std::min(n, data_.size());
  std::memcpy(buffer, data_.data(), n);
  data_.remove_prefix(n);
  return n;
}

Result<std::string> MemFileSystem::ReadFile(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return Status::NotFound(path + ": no such file");
  return it->second;
}

Result<std::unique_ptr<SequentialFile>> MemFileSystem::OpenSequential(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return Status::NotFound(path + ": no such file");
  return std::unique_ptr<SequentialFile>(new StringSequentialFile(it->second));
}

Status MemFileSystem::WriteFile(const std::string& path, const std::string& data) {
  files_[path] = data;
  return Status::Ok();
}

bool MemFileSystem::IsDirectory(const std::string& path) const {
  std::string prefix = path.empty() || path.back() == '/' ? path : path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

bool MemFileSystem::Exists(const std::string& path) const {
  return files_.count(path) > 0 || IsDirectory(path);
}

Result<std::vector<std::string>> MemFileSystem::ListFiles(const std::string& dir) const {
  std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::vector<std::string> out;
  for (auto it = files_.lower_bound(prefix);
       it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    out.push_back(it->first);
  }
  if (out.empty()) return Status::NotFound(dir + ": no such directory");
  return out;
}

}  // namespace storyline
