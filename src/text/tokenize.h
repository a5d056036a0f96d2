// Word tokenization with offsets. A token is a run of letters and digits, with
// inner apostrophes, hyphens and dots kept when a letter or digit follows
// ("al-Sarraj", "don't", "U.S.", "3.5"), except a possessive 's, which is a
// token of its own as in treebank text; every other visible character is a
// one-character punctuation token. Each token keeps its Span in the input and
// its folded form (lower-case, accent-free) for matching.
#ifndef STORYLINE_TEXT_TOKENIZE_H_
#define STORYLINE_TEXT_TOKENIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/span.h"

namespace storyline {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  Span span;             // bytes in the tokenized text
  std::string norm;      // folded form
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first character is an upper-case letter
};

std::vector<Token> Tokenize(std::string_view text);

// Calls `fn(span, norm)` for each word or number token without building a
// vector (the hot path for shingling and TF-IDF). `norm` is only valid inside
// the call. Unlike Tokenize, a possessive stays inside its word ("libya's"):
// the statistics built on these words were tuned that way.
template <typename Fn>
void ForEachWord(std::string_view text, Fn&& fn);

}  // namespace storyline

#include "text/tokenize_inl.h"

#endif  // STORYLINE_TEXT_TOKENIZE_H_
