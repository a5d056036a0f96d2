#include "timeline/tools/timeline_scores.h"

#include <set>
#include <string>

namespace storyline {
namespace {

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

Prf DateScores(const std::vector<TimelineDate>& predicted, const GoldTimeline& gold) {
  std::set<std::string> pred, ref;
  for (const TimelineDate& d : predicted) pred.insert(d.date);
  for (const auto& [day, sents] : gold.dates) ref.insert(day);
  size_t shared = 0;
  for (const std::string& d : pred) shared += ref.count(d);
  Prf s;
  s.p = pred.empty() ? 0 : static_cast<double>(shared) / pred.size();
  s.r = ref.empty() ? 0 : static_cast<double>(shared) / ref.size();
  s.f = F1(s.p, s.r);
  return s;
}

Prf Average(const std::vector<TimelineScores>& all, Prf TimelineScores::*field) {
  Prf a;
  for (const TimelineScores& s : all) a.p += (s.*field).p, a.r += (s.*field).r;
  if (!all.empty()) a.p /= all.size(), a.r /= all.size();
  a.f = F1(a.p, a.r);
  return a;
}

}  // namespace

TimelineScores ScoreTimeline(const std::vector<TimelineDate>& predicted, const GoldTimeline& gold) {
  TimelineScores s;
  s.date = DateScores(predicted, gold);
  return s;
}

TimelineScores AverageScores(const std::vector<TimelineScores>& scores) {
  return {Average(scores, &TimelineScores::ar1), Average(scores, &TimelineScores::ar2),
          Average(scores, &TimelineScores::date)};
}

}  // namespace storyline
