#include "extract/lines.h"

#include "common/utf8.h"

namespace storyline {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Byte classes for the per-line pass, one table lookup per byte.
enum : uint8_t { kWord = 1, kUpper = 2, kStop = 4, kJoiner = 8 };

struct ByteClasses {
  uint8_t of[256] = {};
  constexpr ByteClasses() {
    for (int c = 0; c < 256; ++c) {
      uint8_t k = IsWordByteConst(c) ? kWord : 0;
      if ((c >= 'A' && c <= 'Z') || c >= 0x80) k |= kUpper;
      if (c == '.' || c == '!' || c == '?') k |= kStop;
      if (c == '\'' || c == '-') k |= kJoiner;
      of[c] = k;
    }
  }
  static constexpr bool IsWordByteConst(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  }
};
constexpr ByteClasses kClasses;

// Strips closing quotes and brackets (ASCII, typographic and Penn Treebank).
std::string_view StripClosers(std::string_view s) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (std::string_view closer : {"''", "\"", "'", ")", "]", "\u201D", "\u2019", "\u00BB",
                                    "-RRB-", "-RSB-", " "}) {
      if (s.ends_with(closer)) {
        s.remove_suffix(closer.size());
        changed = true;
      }
    }
  }
  return s;
}

bool EndsSentence(std::string_view s) {
  s = StripClosers(s);
  if (s.empty()) return false;
  char last = s.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || s.ends_with("\u2026");
}

}  // namespace

void ComputeFeatures(std::string_view raw, TextLine* line) {
  std::string_view s = line->span.In(raw);
  uint32_t words = 0, capitalized = 0;
  bool inner_stop = false, in_word = false, pending_space = false;
  unsigned char seen = 0;  // OR of all bytes: bit 7 set = some non-ASCII byte
  line->key.resize(s.size());
  char* const key_begin = line->key.data();
  char* key = key_begin;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint8_t k = kClasses.of[c];
    seen |= c;
    bool word = (k & kWord) || (in_word && (k & kJoiner));
    if (word && !in_word) {
      ++words;
      capitalized += (k & kUpper) != 0;
    }
    in_word = word;
    if (!(k & kWord)) {
      if ((k & kStop) && i + 2 < s.size() && s[i + 1] == ' ') {
        unsigned char next = static_cast<unsigned char>(s[i + 2]);
        inner_stop |= (next >= 'A' && next <= 'Z') || next == '"' || next == '`';
      }
      pending_space = true;
      continue;
    }
    if (pending_space && key != key_begin) *key++ = ' ';
    pending_space = false;
    *key++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  line->key.resize(static_cast<size_t>(key - key_begin));
  line->words = words;
  line->capitalized = capitalized;
  line->inner_stop = inner_stop;
  line->ascii = (seen & 0x80) == 0;
  line->terminal = EndsSentence(s);
}

std::vector<TextLine> SplitLines(std::string_view raw) {
  std::vector<TextLine> lines;
  uint32_t block = 0;
  bool blank_before = false;
  for (size_t begin = 0; begin <= raw.size();) {
    size_t end = raw.find('\n', begin);
    if (end == std::string_view::npos) end = raw.size();
    std::string_view trimmed = TrimSpace(raw.substr(begin, end - begin));
    if (trimmed.empty()) {
      blank_before = true;
    } else {
      if (blank_before && !lines.empty()) ++block;
      blank_before = false;
      TextLine line;
      line.span.begin = static_cast<uint32_t>(trimmed.data() - raw.data());
      line.span.end = static_cast<uint32_t>(line.span.begin + trimmed.size());
      line.block = block;
      ComputeFeatures(raw, &line);
      lines.push_back(line);
    }
    begin = end + 1;
  }
  return lines;
}

std::string LooseKey(std::string_view text) {
  std::string key(text.size(), '\0');
  char* p = key.data();
  bool pending_space = false;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (!IsWordByte(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && p != key.data()) *p++ = ' ';
    pending_space = false;
    *p++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  key.resize(static_cast<size_t>(p - key.data()));
  return key;
}

}  // namespace storyline
