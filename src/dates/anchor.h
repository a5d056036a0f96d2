// The anchor of a text: its publication date, as far as it is known. Relative
// expressions resolve against it; what it does not know stays unresolved.
#ifndef STORYLINE_DATES_ANCHOR_H_
#define STORYLINE_DATES_ANCHOR_H_

#include <string_view>

#include "dates/calendar.h"
#include "storyline/status.h"

namespace storyline::dates {

struct Anchor {
  bool has_year = false;  // the year is known
  bool has_day = false;   // month and day are known too
  CivilDate date;         // only the known fields are meaningful
};

// Parses "" (unknown), "YYYY" (year only) or "YYYY-MM-DD" (a time part after
// 'T' or ' ' is accepted and ignored). Anything else is InvalidInput.
Result<Anchor> ParseAnchor(std::string_view text);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_ANCHOR_H_
