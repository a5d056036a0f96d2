#include "text/tokenize.h"

#include <unicode/uchar.h>

#include "common/utf8.h"
#include "text/normalize.h"

namespace storyline {

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (text_internal::IsWordChar(cp)) {
      size_t end = text_internal::ScanWord(text, start, /*split_possessive=*/true);
      Token t;
      t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
      for (size_t p = start; p < end;) AppendFolded(DecodeUtf8(text, &p), &t.norm);
      t.kind = u_isdigit(static_cast<UChar32>(cp)) ? TokenKind::kNumber : TokenKind::kWord;
      t.capitalized = u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
      tokens.push_back(std::move(t));
      pos = end;
    } else if ((cp == '\'' || cp == U'\u2019') && pos < text.size() && (text[pos] == 's' || text[pos] == 'S') &&
               !tokens.empty() && tokens.back().span.end == start) {
      // The possessive split off by ScanWord: "'s" is one token.
      size_t end = pos + 1;
      Token t;
      t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
      t.norm = "'s";
      tokens.push_back(std::move(t));
      pos = end;
    } else if (!u_isUWhiteSpace(static_cast<UChar32>(cp)) && cp != 0xFEFF) {
      Token t;
      t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(pos)};
      AppendFolded(cp, &t.norm);
      t.kind = TokenKind::kPunct;
      tokens.push_back(std::move(t));
    }
  }
  return tokens;
}

}  // namespace storyline
