#include "common/utf8.h"

namespace storyline {
namespace {

// Length of the whitespace sequence at s[i] (ASCII space/tab/CR/LF/FF/VT,
// U+00A0 NBSP, U+2000..U+200B, U+3000), or 0.
size_t SpaceAt(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) <= 0x8B) return 3;
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) return 3;
  return 0;
}

bool EndsWithSpace(std::string_view s, size_t* len) {
  for (size_t k = 1; k <= 3 && k <= s.size(); ++k) {
    if (SpaceAt(s, s.size() - k) == k) { *len = k; return true; }
  }
  return false;
}

}  // namespace

std::string_view TrimSpace(std::string_view s) {
  size_t n;
  while (!s.empty() && (n = SpaceAt(s, 0)) > 0) s.remove_prefix(n);
  while (!s.empty() && EndsWithSpace(s, &n)) s.remove_suffix(n);
  return s;
}

}  // namespace storyline
