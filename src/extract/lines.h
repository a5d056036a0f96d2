// The raw text as lines with cheap shape features, the unit of cleaning.
//
// Lines are split at '\n'; a line that is empty after trimming spaces (NBSP
// included) is a separator and starts a new block. Features are computed on
// bytes, without Unicode folding, so that every article pays only one pass.
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
  const char* removed = nullptr;  // reason, or nullptr while kept

  bool body_like() const { return terminal && words >= 4; }
};

std::vector<TextLine> SplitLines(std::string_view raw);

// Recomputes the shape features of `line` from its span (after the span changed).
void ComputeFeatures(std::string_view raw, TextLine* line);

// Lower-cased ASCII letters and digits with every other ASCII run as one space
// (non-ASCII bytes kept): a cheap key for "same paragraph" comparisons.
std::string LooseKey(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_LINES_H_
