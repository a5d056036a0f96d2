// The raw text as lines with cheap shape features, the unit of cleaning.
//
// Lines are split at '\n'; a line that is empty after trimming spaces (NBSP
// included) is a separator and starts a new block. Features and the line's
// LooseKey are computed on bytes in one pass, without Unicode folding: this is
// the only full pass over the text that cleaning makes.
#ifndef STORYLINE_EXTRACT_LINES_H_
#define STORYLINE_EXTRACT_LINES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/span.h"

namespace storyline {

struct TextLine {
  Span span;                // the trimmed line in the raw text (its kept part)
  uint32_t block = 0;       // index of the blank-line separated block
  uint32_t words = 0;       // runs of letters/digits (any non-ASCII byte counts as a letter)
  uint32_t capitalized = 0; // words starting with an upper-case letter or a non-ASCII byte
  bool terminal = false;    // ends in . ! ? : ; or an ellipsis, before closing quotes/brackets
  bool inner_stop = false;  // has a sentence end followed by more text (". The")
  bool ascii = true;        // the line holds only ASCII bytes
  std::string key;          // LooseKey of the line, built in the same pass as the features
  const char* removed = nullptr;  // reason, or nullptr while kept

  bool body_like() const { return terminal && words >= 4; }
};

std::vector<TextLine> SplitLines(std::string_view raw);

// Recomputes the shape features and key of `line` from its span (after the span changed).
void ComputeFeatures(std::string_view raw, TextLine* line);

// Lower-cased ASCII letters and digits with every other ASCII run as one space
// (non-ASCII bytes kept): a cheap key for "same paragraph" comparisons. For
// ASCII text it equals NormalizeForHash(text).
std::string LooseKey(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_LINES_H_
