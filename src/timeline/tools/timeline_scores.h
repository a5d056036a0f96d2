// Scores of a predicted timeline against a gold one: date selection F1, and
// (once the evaluation library is merged) alignment-based ROUGE-1/2
// (tilse's align_date_content_costs_many_to_one). Averages follow the
// literature: mean P and mean R over timelines, F from those means.
#ifndef STORYLINE_TIMELINE_TOOLS_TIMELINE_SCORES_H_
#define STORYLINE_TIMELINE_TOOLS_TIMELINE_SCORES_H_

#include <vector>

#include "timeline/timeline_builder.h"
#include "timeline/tools/gold_timelines.h"

namespace storyline {

struct Prf {
  double p = 0, r = 0, f = 0;
};

struct TimelineScores {
  Prf ar1, ar2, date;
};

TimelineScores ScoreTimeline(const std::vector<TimelineDate>& predicted, const GoldTimeline& gold);

TimelineScores AverageScores(const std::vector<TimelineScores>& scores);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_TOOLS_TIMELINE_SCORES_H_
