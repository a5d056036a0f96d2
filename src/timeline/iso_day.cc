#include "timeline/iso_day.h"

#include "common/iso_date.h"

namespace storyline {

std::optional<int32_t> ParseIsoDay(std::string_view iso) {
  // A longer value must be a timestamp of that day ("2010-04-20T00:00:00").
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
  int64_t day = DayNumber(iso);
  if (day == -1 && iso.substr(0, 10) != "1969-12-31") return std::nullopt;
  return static_cast<int32_t>(day);
}

std::string FormatIsoDay(int32_t day) { return IsoDay(day); }

}  // namespace storyline
