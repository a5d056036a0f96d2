#include "extract/content_hash.h"

#include "common/hash.h"
#include "text/normalize.h"

namespace storyline {

std::string NormalizeForHashFast(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return NormalizeForHash(text);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + ('a' - 'A'));
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

uint64_t ContentHash(std::string_view text) { return Hash64(NormalizeForHashFast(text)); }

}  // namespace storyline
