// Status and Result<T>: storyline's one error policy.
//
// Expected failures (a malformed record, a missing file, a store that cannot be
// opened) are returned as a Status or a Result<T> that names what went wrong and
// where ("feed.jsonl:17: missing field \"text\""). Exceptions never cross a stage
// boundary; assertions are for programmer errors only.
#ifndef STORYLINE_STATUS_H_
#define STORYLINE_STATUS_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace storyline {

class Status {
 public:
  enum class Code { kOk = 0, kInvalidInput, kNotFound, kIoError, kCorruption, kUnsupported, kInternal };

  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid input: feed.jsonl:17: missing field \"text\"", or "OK".
  std::string ToString() const;

  // Returns a copy whose message is prefixed with `where` ("file.jsonl:3: ").
  Status WithContext(const std::string& where) const {
    if (ok()) return *this;
    return Status(code_, where + ": " + message_);
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that says why there is none (std::expected is C++23).
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {       // NOLINT: implicit by design
    assert(!std::get<Status>(v_).ok() && "Result built from an OK status has no value");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { assert(ok()); return std::get<T>(v_); }
  const T& value() const& { assert(ok()); return std::get<T>(v_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace storyline

// Returns early from the enclosing function when `expr` yields a non-OK Status.
#define STORYLINE_RETURN_IF_ERROR(expr)              \
  do {                                               \
    ::storyline::Status storyline_status_ = (expr);  \
    if (!storyline_status_.ok()) return storyline_status_; \
  } while (0)

#endif  // STORYLINE_STATUS_H_
