// The timeline-summarization metrics of the tilse package (Martschat & Markert,
// "Improving ROUGE for Timeline Summarization", EACL 2017; and date F1), with
// ROUGE counted as ROUGE-1.5.5 does (rouge.h):
//   concat     every summary of a timeline joined, then plain ROUGE;
//   agreement  only the summaries of dates the system and a reference share;
//   align_date_costs                      one-to-one date alignment costing
//       1 - 1/(|days apart| + 1); each aligned pair's hits weighted by 1/(days+1);
//   align_date_content_costs              the same, cost multiplied by
//       1 - an approximate ROUGE-1 F1 of the two summaries;
//   align_date_content_costs_many_to_one  each date aligned to its cheapest
//       counterpart, several dates may share one;
//   date       precision, recall and F1 of the set of dates.
// ROUGE counts are pooled over dates (micro average). Behaviours copied from
// tilse on purpose: a reference timeline missing a date still counts as an
// (empty) model for it, and approximate ROUGE works on raw, case-sensitive
// whitespace tokens.
#ifndef STORYLINE_TIMELINE_TILSE_METRICS_H_
#define STORYLINE_TIMELINE_TILSE_METRICS_H_

#include <map>
#include <string>
#include <vector>

#include "timeline/rouge.h"

namespace storyline::timeline {

// A dated timeline: date (YYYY-MM-DD) -> its summary, one sentence a string.
struct Timeline {
  std::map<std::string, std::vector<std::string>> entries;
};

struct RougeScores {
  PrecisionRecallF rouge_1;
  PrecisionRecallF rouge_2;
};

struct TimelineScores {
  RougeScores concat;
  RougeScores agreement;
  RougeScores align_date_costs;
  RougeScores align_date_content_costs;
  RougeScores align_date_content_costs_many_to_one;
  PrecisionRecallF date;
};

struct TilseOptions {
  // ROUGE settings; the defaults are tilse's (-n 2 -m -s -f A).
  RougeOptions rouge;
};

// One score of a TimelineScores, by tilse's names ("concat", "rouge_1"; the
// date score has metric "date" and measure "").
struct NamedScore {
  std::string metric;
  std::string measure;
  PrecisionRecallF value;
};

// Scores `system` against `references` (tilse's GroundTruth). Dates that are not
// valid YYYY-MM-DD strings count as day 0 in the date distances.
TimelineScores EvaluateTimeline(const Timeline& system, const std::vector<Timeline>& references,
                                const TilseOptions& options = {});

// The mean precision and mean recall over tasks, with F1 from those means (how
// tilse and the published results average over timelines).
TimelineScores AverageScores(const std::vector<TimelineScores>& per_task);

// All eleven scores in tilse's order.
std::vector<NamedScore> FlattenScores(const TimelineScores& scores);

// Days since 1970-01-01 of a YYYY-MM-DD date, or false when it is not one.
bool DateToDays(const std::string& date, long& days);

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_TILSE_METRICS_H_
