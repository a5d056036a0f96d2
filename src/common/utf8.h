// Minimal UTF-8 decoding for hot loops (tokenizing, shingling). Invalid bytes
// decode as U+FFFD one byte at a time, so a scan always advances.
#ifndef STORYLINE_COMMON_UTF8_H_
#define STORYLINE_COMMON_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace storyline {

// Decodes the code point at s[*pos] and advances *pos past it.
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = *pos, n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) { *pos = i + 1; return c; }
  int len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 0;
  if (len == 0 || i + len > n) { *pos = i + 1; return 0xFFFD; }
  char32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) { *pos = i + 1; return 0xFFFD; }
    cp = (cp << 6) | (p[i + k] & 0x3F);
  }
  *pos = i + len;
  return cp;
}

inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) { out->push_back(static_cast<char>(cp)); return; }
  if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  }
  out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
}

// The longest prefix of `s` of at most `max_bytes` bytes that does not cut a
// UTF-8 character.
inline std::string_view Utf8Prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut);
}

// Removes leading and trailing ASCII and Unicode (NBSP) whitespace.
std::string_view TrimSpace(std::string_view s);

}  // namespace storyline

#endif  // STORYLINE_COMMON_UTF8_H_
