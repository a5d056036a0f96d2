// ASCII-only helpers for header names, tags and file extensions.
#ifndef STORYLINE_INGEST_ASCII_H_
#define STORYLINE_INGEST_ASCII_H_

#include <string>
#include <string_view>

namespace storyline {

// Lower-cases A-Z only; other bytes (UTF-8 included) are copied unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return out;
}

}  // namespace storyline

#endif  // STORYLINE_INGEST_ASCII_H_
