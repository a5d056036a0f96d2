// Inline implementation of ForEachWord (see tokenize.h).
#ifndef STORYLINE_TEXT_TOKENIZE_INL_H_
#define STORYLINE_TEXT_TOKENIZE_INL_H_

#include <unicode/uchar.h>

#include "common/utf8.h"
#include "text/normalize.h"

namespace storyline {
namespace text_internal {

inline bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  UChar32 c = static_cast<UChar32>(cp);
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}

inline bool IsInnerJoiner(char32_t cp) {
  return cp == '\'' || cp == '-' || cp == '.' || cp == U'\u2019' || cp == U'\u2010' || cp == U'\u2011';
}

// Scans the word starting at `start` (which holds a word character); returns
// its end. With `split_possessive`, a possessive 's is left out of the word.
inline size_t ScanWord(std::string_view text, size_t start, bool split_possessive) {
  size_t pos = start, end = start;
  while (pos < text.size()) {
    size_t next = pos;
    char32_t cp = DecodeUtf8(text, &next);
    if (IsWordChar(cp)) { pos = end = next; continue; }
    if (!IsInnerJoiner(cp) || next >= text.size()) break;
    size_t after = next;
    char32_t following = DecodeUtf8(text, &after);
    // A possessive 's is a token of its own ("al-Thani's" -> "al-Thani" "'s"),
    // as in the treebank conventions the tagger is trained on.
    if (split_possessive && (cp == '\'' || cp == U'\u2019') && (following == 's' || following == 'S')) {
      size_t beyond = after;
      if (beyond >= text.size() || !IsWordChar(DecodeUtf8(text, &beyond))) break;
    }
    if (!IsWordChar(following)) {
      // Keep the dot of an abbreviation made of single letters ("U.S.").
      if (cp == '.' && end - start <= 4 && end >= 2 && text[end - 2] == '.') end = next;
      break;
    }
    pos = next;
  }
  return end;
}

}  // namespace text_internal

template <typename Fn>
void ForEachWord(std::string_view text, Fn&& fn) {
  std::string norm;
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (!text_internal::IsWordChar(cp)) continue;
    size_t end = text_internal::ScanWord(text, start, /*split_possessive=*/false);
    norm.clear();
    for (size_t p = start; p < end;) AppendFolded(DecodeUtf8(text, &p), &norm);
    fn(Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)}, std::string_view(norm));
    pos = end;
  }
}

}  // namespace storyline

#endif  // STORYLINE_TEXT_TOKENIZE_INL_H_
