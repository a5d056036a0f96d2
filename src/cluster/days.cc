#include "cluster/days.h"

#include "common/iso_date.h"

namespace storyline {

int64_t DayFromIso(std::string_view iso) {
  // Day numbers before 1970 are negative, and -1 means unknown here.
  int64_t day = DayNumber(iso);
  return day < 0 ? -1 : day;
}

std::string IsoFromDay(int64_t day) { return day < 0 ? "" : IsoDay(day); }

}  // namespace storyline
