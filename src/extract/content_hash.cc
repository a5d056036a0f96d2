#include "extract/content_hash.h"

#include "common/hash.h"
#include "text/normalize.h"

namespace storyline {

std::string NormalizeForHashFast(std::string_view text) {
  // Writes through a raw pointer into a buffer sized for the worst case: this loop
  // runs over every byte of every article.
  std::string out(text.size(), '\0');
  char* p = out.data();
  bool pending_space = false;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return NormalizeForHash(text);
    c = static_cast<unsigned char>(c | ((c >= 'A' && c <= 'Z') ? 0x20 : 0));
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      pending_space = true;
      continue;
    }
    if (pending_space && p != out.data()) *p++ = ' ';
    pending_space = false;
    *p++ = static_cast<char>(c);
  }
  out.resize(static_cast<size_t>(p - out.data()));
  return out;
}

uint64_t ContentHash(std::string_view text) { return Hash64(NormalizeForHashFast(text)); }

uint64_t ContentHashOfLines(const std::vector<TextLine>& lines, std::string_view text) {
  std::string joined;
  joined.reserve(text.size());
  for (const TextLine& line : lines) {
    if (line.removed != nullptr || line.key.empty()) continue;
    if (!line.ascii) return ContentHash(text);
    if (!joined.empty()) joined.push_back(' ');
    joined.append(line.key);
  }
  return Hash64(joined);
}

}  // namespace storyline
