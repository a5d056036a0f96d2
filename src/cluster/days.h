// Calendar days as integers (days since 1970-01-01, proleptic Gregorian), the
// unit the clusterer uses for publication dates, over common/iso_date.h; -1
// means unknown, so days before 1970 are unknown here.
#ifndef STORYLINE_CLUSTER_DAYS_H_
#define STORYLINE_CLUSTER_DAYS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace storyline {

// "2020-07-08" (or a longer ISO timestamp starting with it) -> day number;
// -1 when `iso` does not start with a valid YYYY-MM-DD.
int64_t DayFromIso(std::string_view iso);

// Day number -> "YYYY-MM-DD"; "" for a negative (unknown) day.
std::string IsoFromDay(int64_t day);

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_DAYS_H_
