// Step 2 of timeline building: which days matter. A day that many articles
// mention ("on April 20 ...") is a day something happened; a day on which
// many articles appeared is one too, more weakly (news reports yesterday as
// often as today). Each day gets counts and a linear score over them; the
// weights are documented defaults tuned on Timeline17 (see DateWeights).
#ifndef STORYLINE_TIMELINE_DATE_RANKING_H_
#define STORYLINE_TIMELINE_DATE_RANKING_H_

#include <cstdint>
#include <string>
#include <vector>

#include "timeline/dated_sentences.h"

namespace storyline {

struct DateStats {
  int32_t day = 0;               // day number (see iso_day.h)
  uint32_t mention_sentences = 0;  // sentences mentioning the day
  uint32_t mention_articles = 0;   // articles with such a sentence
  uint32_t published = 0;          // articles published that day
  uint32_t published_next = 0;     // articles published the day after
  double score = 0;
};

// Score = sum of weight * count. Defaults, from the Timeline17 standard
// setting (date F1 0.68 with the project tagger; publication weights between
// 0 and 0.5 and counting sentences instead of articles all land within 0.02):
// articles naming the day decide, and the publication count breaks ties and
// still ranks days when no article names any day.
struct DateWeights {
  double mention_articles = 1.0;
  double mention_sentences = 0.0;
  double published = 0.1;
  double published_next = 0.0;
};

// Which mentions count and where days may fall.
struct DateRankOptions {
  DateWeights weights;
  // Count only the first day a sentence mentions (its "date", as in DATEWISE);
  // false counts every day it names.
  bool first_mention_only = true;
  // Only days within [first_day, last_day] are ranked (inclusive day numbers).
  int32_t first_day = INT32_MIN;
  int32_t last_day = INT32_MAX;
};

// Days in the window with any mention or publication, best first (score
// descending, ties: earlier day first). `active[i]` false leaves sentence i out.
std::vector<DateStats> RankDates(const std::vector<DatedSentence>& sentences,
                                 const std::vector<bool>& active, const DateRankOptions& options);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_DATE_RANKING_H_
