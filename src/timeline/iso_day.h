// Day arithmetic on ISO dates for the timeline stage, over common/iso_date.h:
// an optional instead of -1, and timestamps accepted ("2010-04-20T00:00:00").
#ifndef STORYLINE_TIMELINE_ISO_DAY_H_
#define STORYLINE_TIMELINE_ISO_DAY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storyline {

// The day number of an ISO value that starts with a full date ("2010-04-20",
// "2010-04-20T00:00:00"); nullopt for anything coarser or malformed.
std::optional<int32_t> ParseIsoDay(std::string_view iso);

// "YYYY-MM-DD" for a day number.
std::string FormatIsoDay(int32_t day);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_ISO_DAY_H_
