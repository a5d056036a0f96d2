#include "dedup/metrics.h"

#include <map>
#include <utility>

namespace storyline::dedup {
namespace {

double Pairs(uint64_t n) { return n < 2 ? 0.0 : static_cast<double>(n) * (n - 1) / 2.0; }

double Ari(double index, double gold_pairs, double predicted_pairs, double all_pairs) {
  if (all_pairs == 0.0) return 1.0;
  double expected = gold_pairs * predicted_pairs / all_pairs;
  double max = (gold_pairs + predicted_pairs) / 2.0;
  if (max == expected) return 1.0;  // both trivial (all singletons or one group)
  return (index - expected) / (max - expected);
}

}  // namespace

GroupingScores ScoreGroupings(const Grouping& gold, const Grouping& predicted) {
  // Contingency table: (gold group, predicted group) -> items in both.
  std::map<std::pair<std::string, std::string>, uint64_t> cells;
  std::unordered_map<std::string, uint64_t> gold_sizes, predicted_sizes;
  for (const auto& [id, group] : gold) {
    auto it = predicted.find(id);
    std::string p = it == predicted.end() ? "\x01self:" + id : it->second;
    ++cells[{group, p}];
    ++gold_sizes[group];
    ++predicted_sizes[p];
  }
  double index = 0, gold_pairs = 0, predicted_pairs = 0;
  for (const auto& [key, n] : cells) index += Pairs(n);
  for (const auto& [key, n] : gold_sizes) gold_pairs += Pairs(n);
  for (const auto& [key, n] : predicted_sizes) predicted_pairs += Pairs(n);

  GroupingScores s;
  s.items = gold.size();
  s.true_pairs = static_cast<uint64_t>(index);
  s.gold_pairs = static_cast<uint64_t>(gold_pairs);
  s.predicted_pairs = static_cast<uint64_t>(predicted_pairs);
  s.gold_groups = gold_sizes.size();
  s.predicted_groups = predicted_sizes.size();
  if (predicted_pairs > 0) s.precision = index / predicted_pairs;
  if (gold_pairs > 0) s.recall = index / gold_pairs;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
  s.ari = Ari(index, gold_pairs, predicted_pairs, Pairs(s.items));
  return s;
}

}  // namespace storyline::dedup
