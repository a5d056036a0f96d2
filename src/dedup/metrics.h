// Scores a predicted duplicate grouping against a gold one: pairwise
// precision, recall and F1 (over pairs of items placed in one group) and the
// adjusted Rand index (Hubert & Arabie 1985), which corrects the Rand index
// for chance: 1 for identical groupings, about 0 for random ones, negative
// when worse than chance.
#ifndef STORYLINE_DEDUP_METRICS_H_
#define STORYLINE_DEDUP_METRICS_H_

#include <cstdint>
#include <string>
#include <unordered_map>

namespace storyline::dedup {

// Item id -> group label.
using Grouping = std::unordered_map<std::string, std::string>;

struct GroupingScores {
  double precision = 1.0;  // true pairs / predicted pairs (1 when nothing is predicted)
  double recall = 1.0;     // true pairs / gold pairs (1 when gold has no pairs)
  double f1 = 1.0;
  double ari = 1.0;        // 1 also when both groupings are all singletons (or one group)
  uint64_t items = 0;
  uint64_t true_pairs = 0;
  uint64_t predicted_pairs = 0;
  uint64_t gold_pairs = 0;
  uint64_t gold_groups = 0;
  uint64_t predicted_groups = 0;
};

// Scores over the items of `gold`; an item missing from `predicted` counts as a
// group of its own, and predicted items absent from gold are ignored.
GroupingScores ScoreGroupings(const Grouping& gold, const Grouping& predicted);

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_METRICS_H_
