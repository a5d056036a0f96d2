// A light tense check around a date expression: the nearest tense marker in
// the same sentence ("will", "said", "is", a verb in -ed) decides whether a bare
// weekday or month points before or after the publication date. News reports
// mostly look back, so callers treat kUnknown like kPast.
#ifndef STORYLINE_DATES_TENSE_H_
#define STORYLINE_DATES_TENSE_H_

#include <cstddef>

#include "dates/date_tokens.h"
#include "dates/resolver.h"

namespace storyline::dates {

// Looks at most `window` tokens to each side of tokens [first, last], not
// crossing a sentence end, and returns the tense of the nearest marker.
Tense GuessTense(const DateTokens& tokens, size_t first, size_t last, size_t window = 12);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_TENSE_H_
