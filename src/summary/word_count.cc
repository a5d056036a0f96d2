#include "summary/word_count.h"

#include "text/tokenize.h"

namespace storyline {

size_t CountWords(std::string_view text) {
  size_t n = 0;
  ForEachWord(text, [&](Span, std::string_view) { ++n; });
  return n;
}

}  // namespace storyline
