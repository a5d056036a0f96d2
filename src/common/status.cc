#include "storyline/status.h"

namespace storyline {

std::string Status::ToString() const {
  const char* kind = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidInput: kind = "invalid input"; break;
    case Code::kNotFound: kind = "not found"; break;
    case Code::kIoError: kind = "I/O error"; break;
    case Code::kCorruption: kind = "corruption"; break;
    case Code::kUnsupported: kind = "unsupported"; break;
    case Code::kInternal: kind = "internal error"; break;
  }
  return std::string(kind) + ": " + message_;
}

}  // namespace storyline
