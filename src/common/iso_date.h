// ISO-8601 calendar days as day numbers (days since 1970-01-01), for date
// arithmetic without time zones or clocks.
#ifndef STORYLINE_COMMON_ISO_DATE_H_
#define STORYLINE_COMMON_ISO_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace storyline {

// Day number of "YYYY-MM-DD" (a longer string's first 10 bytes), or -1 if
// invalid (1969-12-31 is also -1: callers that care check the text).
int64_t DayNumber(std::string_view iso);

// "YYYY-MM-DD" of a day number.
std::string IsoDay(int64_t day_number);

}  // namespace storyline

#endif  // STORYLINE_COMMON_ISO_DATE_H_
