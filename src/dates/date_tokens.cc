#include "dates/date_tokens.h"

namespace storyline::dates {
namespace {

inline bool IsLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Classifies the UTF-8 sequence at p[i] when it is a space or punctuation mark
// from the General Punctuation block (or NBSP): returns its length and sets
// *folded to ' ' for a space or to its ASCII stand-in; returns 0 otherwise.
size_t UnicodePunct(const unsigned char* p, size_t i, size_t n, char* folded) {
  if (p[i] == 0xC2 && i + 1 < n && p[i + 1] == 0xA0) return *folded = ' ', 2;
  if (p[i] != 0xE2 || i + 2 >= n || p[i + 1] != 0x80) return 0;
  unsigned char c = p[i + 2];
  if (c <= 0x8A || c == 0xAF) *folded = ' ';
  else if (c >= 0x90 && c <= 0x95) *folded = '-';
  else if (c >= 0x98 && c <= 0x9B) *folded = '\'';
  else if (c >= 0x9C && c <= 0x9F) *folded = '"';
  else *folded = '.';
  return 3;
}

}  // namespace

DateTokens::DateTokens(std::string_view text) : lower_(text) {
  for (char& c : lower_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  tokens_.reserve(text.size() / 5 + 1);
  bool space = true, newline = false;
  size_t i = 0, n = text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  while (i < n) {
    unsigned char c = p[i];
    char folded = '\0';
    size_t ulen = c >= 0x80 ? UnicodePunct(p, i, n, &folded) : 0;
    if (ulen > 0 && folded == ' ') {
      space = true;
      i += ulen;
      continue;
    }
    if (IsSpace(c)) {
      space = true;
      newline |= (c == '\n');
      ++i;
      continue;
    }
    DateToken tok;
    tok.begin = static_cast<uint32_t>(i);
    tok.space_before = space;
    tok.newline_before = newline;
    if (IsDigit(c)) {
      int64_t v = 0;
      while (i < n && IsDigit(p[i])) v = v * 10 + (p[i++] - '0'), v = v > 999999999 ? 999999999 : v;
      tok.kind = TokKind::kNumber;
      tok.number = (i - tok.begin <= 9) ? v : -1;
    } else if (ulen > 0) {
      i += ulen;
      tok.kind = TokKind::kPunct;
      tok.punct_char = folded;
    } else if (IsLetter(c) || c >= 0x80) {
      char unused;
      while (i < n && (IsLetter(p[i]) || (p[i] >= 0x80 && UnicodePunct(p, i, n, &unused) == 0))) ++i;
      tok.kind = TokKind::kWord;
      tok.capitalized = c >= 'A' && c <= 'Z';
    } else {
      ++i;
      tok.kind = TokKind::kPunct;
      tok.punct_char = static_cast<char>(c);
    }
    tok.end = static_cast<uint32_t>(i);
    tok.lower = std::string_view(lower_).substr(tok.begin, tok.end - tok.begin);
    if (tok.kind == TokKind::kWord && tok.lower.size() <= 12) tok.lex = LookupWord(tok.lower);
    tokens_.push_back(tok);
    space = newline = false;
  }
}

}  // namespace storyline::dates
