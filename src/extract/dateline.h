// Datelines: the place, agency and date that open a wire story.
//
//   MOSCOW, July 8. /TASS/. Turkey ...                   place MOSCOW, agency TASS, July 8
//   MOSCOW (UrduPoint News / Sputnik - 08th July, 2020)  place MOSCOW, outlet UrduPoint News,
//                                                        agency Sputnik, 2020-07-08
//   CHICAGO (Reuters) - ...   LONDON, July 8 (Reuters) -   WASHINGTON (AP) — ...
//   TOKYO May 21 -LRB- Reuters -RRB- - ...  (Penn Treebank brackets)
//   WASHINGTON — ...                                     place only
// The place is one to four upper-case words. A bracketed credit is accepted only
// right after the place (or place and date) and only when it is followed by a
// dash or colon, names two sources with "/", or carries a " - date" part, so an
// ordinary parenthesis in a lead sentence is not mistaken for one. Only the first
// `kDatelineWindow` bytes of the lead are searched (a timestamp may precede it).
#ifndef STORYLINE_EXTRACT_DATELINE_H_
#define STORYLINE_EXTRACT_DATELINE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date_parse.h"

namespace storyline {

inline constexpr size_t kDatelineWindow = 160;

struct Dateline {
  std::string place;                 // "MOSCOW"; empty = no dateline found
  std::string outlet;                // the publishing outlet when the credit names two
  std::vector<std::string> credits;  // agencies credited ("TASS", "Sputnik")
  CalendarDate date;                 // as stated; year 0 when the dateline omits it
  size_t end = 0;                    // bytes of `lead` up to the end of the dateline
  bool found() const { return !place.empty(); }
};

Dateline ParseDateline(std::string_view lead);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_DATELINE_H_
