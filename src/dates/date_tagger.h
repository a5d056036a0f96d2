// The date stage: finds the temporal expressions of a text and normalizes
// them to TIMEX3-style values against the text's publication date.
//
//   std::vector<DateMention> mentions = TagDates(text, "2020-07-08");
//   // "on Wednesday" -> {span of "Wednesday", DATE, "2020-07-08", kDay, resolved}
//
// How it works: one token pass (date_tokens.h) marks trigger tokens (numbers
// and lexicon words); the rules (rules.h) run only at triggers and the longest
// match wins; the resolver (resolver.h) does the calendar arithmetic, with a
// light tense check (tense.h) choosing the Wednesday before or after.
#ifndef STORYLINE_DATES_DATE_TAGGER_H_
#define STORYLINE_DATES_DATE_TAGGER_H_

#include <string_view>
#include <vector>

#include "storyline/model.h"
#include "storyline/status.h"

namespace storyline {

struct DateTaggerOptions {
  // Emit durations ("three years" -> P3Y). Default true, as TimeML does.
  bool durations = true;
  // Emit sets ("daily", "every week"). Default true.
  bool sets = true;
  // Emit vague references: PRESENT_REF ("now"), PAST_REF ("recently"),
  // FUTURE_REF ("soon"). Default true.
  bool references = true;
  // Copied into every DateMention::article. Default "".
  std::string_view article;
};

// Finds and normalizes the temporal expressions of `text`. `anchor` is the
// publication date: "YYYY-MM-DD", or "YYYY" when only the year is known
// (inferred from other articles), or "" when unknown. Relative expressions
// that need what the anchor lacks stay unresolved (resolved=false) and are
// never guessed. Mentions are sorted by offset; spans are byte offsets into
// `text`. A malformed anchor is treated as unknown; use TagDatesChecked to
// have it reported instead.
std::vector<DateMention> TagDates(std::string_view text, std::string_view anchor,
                                  const DateTaggerOptions& options = {});

// As TagDates, but a malformed anchor is an InvalidInput error.
Result<std::vector<DateMention>> TagDatesChecked(std::string_view text, std::string_view anchor,
                                                 const DateTaggerOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_DATES_DATE_TAGGER_H_
