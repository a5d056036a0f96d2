#include "text/sentences.h"

#include <unicode/uchar.h>

#include <string>

#include "common/utf8.h"
#include "common/word_set.h"

namespace storyline {
namespace {

bool IsAbbreviation(std::string_view word) {
  static const WordSet kAbbrev = {
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "maj", "capt", "sgt",
      "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "vol", "fig", "approx",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "rev", "hon", "pres",
      "adm", "cmdr", "supt", "dept", "univ", "assn", "bros", "mt", "ft", "ave", "blvd", "e.g", "i.e"};
  std::string lower;
  for (char c : word) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  return kAbbrev.contains(lower);
}

bool IsClosing(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == U'\u201D' || cp == U'\u2019' ||
         cp == U'\u00BB';
}

bool IsOpening(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == U'\u201C' || cp == U'\u2018' ||
         cp == U'\u00AB' || cp == '`' || cp == '-';
}

// The word (letters and dots) that ends just before text[dot].
std::string_view WordBefore(std::string_view text, size_t dot) {
  size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.')) --b;
  return text.substr(b, dot - b);
}

// Whether the terminator run text[term_begin, after) ends a sentence, given
// what follows from `after`.
bool EndsSentence(std::string_view text, size_t term_begin, size_t after) {
  size_t p = after;
  if (p >= text.size()) return true;
  size_t q = p;
  char32_t cp = DecodeUtf8(text, &q);
  if (!u_isUWhiteSpace(static_cast<UChar32>(cp))) return false;
  while (p < text.size()) {  // skip spaces (and PTB tokens like `` after a space)
    size_t r = p;
    char32_t c = DecodeUtf8(text, &r);
    if (!u_isUWhiteSpace(static_cast<UChar32>(c))) break;
    if (c == '\n') return true;
    p = r;
  }
  if (p >= text.size()) return true;
  size_t r = p;
  char32_t next = DecodeUtf8(text, &r);
  if (IsOpening(next)) return true;
  if (!(u_isupper(static_cast<UChar32>(next)) || u_isdigit(static_cast<UChar32>(next)))) return false;
  if (text[term_begin] != '.') return true;
  return !IsAbbreviationDot(text, term_begin);  // PTB "word ." has no word before its dot
}

}  // namespace

bool IsAbbreviationDot(std::string_view text, size_t dot) {
  std::string_view word = WordBefore(text, dot);
  if (word.empty()) return false;
  if (IsAbbreviation(word)) return true;
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return true;  // initial
  return word.find('.') != std::string_view::npos && word.size() <= 4;                     // U.S.
}

std::vector<Span> SplitSentences(std::string_view text, const SentenceOptions& options) {
  std::vector<Span> out;
  auto emit = [&](size_t b, size_t e) {
    std::string_view s = TrimSpace(text.substr(b, e - b));
    if (s.size() < options.min_bytes) return;
    uint32_t begin = static_cast<uint32_t>(s.data() - text.data());
    out.push_back({begin, static_cast<uint32_t>(begin + s.size())});
  };
  size_t start = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t here = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (cp == '\n' && options.break_at_newline) {
      emit(start, here);
      start = pos;
      continue;
    }
    if (cp != '.' && cp != '!' && cp != '?' && cp != U'\u2026') continue;
    size_t after = pos;  // extend over further terminators and closing quotes
    while (after < text.size()) {
      size_t n = after;
      char32_t c = DecodeUtf8(text, &n);
      if (c == '.' || c == '!' || c == '?' || IsClosing(c)) after = n; else break;
    }
    if (EndsSentence(text, here, after)) {
      emit(start, after);
      start = after;
    }
    pos = after;
  }
  emit(start, text.size());
  return out;
}

}  // namespace storyline
