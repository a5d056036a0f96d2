// Sentence splitting with offsets. Rules, not a model: a sentence ends at a
// line break, or at . ! ? (with any closing quotes or brackets) followed by
// space and an upper-case letter, digit or opening quote, unless the word
// before the dot is a known abbreviation ("Mr.", "Jan.", "U.S.") or an
// initial. Works on both ordinary prose and Penn-Treebank tokenized text.
#ifndef STORYLINE_TEXT_SENTENCES_H_
#define STORYLINE_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "storyline/span.h"

namespace storyline {

struct SentenceOptions {
  // Treat every line break as a sentence end. True suits news text, where
  // headlines, datelines and paragraphs stand on lines of their own.
  bool break_at_newline = true;
  // Spans shorter than this many bytes (after trimming) are dropped.
  size_t min_bytes = 1;
};

// True when the '.' at text[dot] closes a known abbreviation ("Mr.", "Sen.",
// "Jan.", "U.S.") or an initial ("M."): it does not end a sentence by itself.
bool IsAbbreviationDot(std::string_view text, size_t dot);

// Sentence spans in `text`, trimmed of surrounding whitespace, in order.
std::vector<Span> SplitSentences(std::string_view text, const SentenceOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_TEXT_SENTENCES_H_
