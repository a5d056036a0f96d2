#include "cluster/metrics.h"

#include <map>
#include <utility>

namespace storyline {
namespace {

using PairCounts = std::map<std::pair<std::string, std::string>, size_t>;

size_t Pairs(size_t n) { return n * (n - 1) / 2; }

// BCubed from the contingency table: an item in predicted cluster p and gold g
// has precision |p∩g|/|p| and recall |p∩g|/|g|; averaging over items gives
// sum over cells of |p∩g|^2/|p| (resp. /|g|), divided by the item count.
PrfScore BCubed(const PairCounts& cells, const std::map<std::string, size_t>& pred_sizes,
                const std::map<std::string, size_t>& gold_sizes, size_t items) {
  double p = 0, r = 0;
  for (const auto& [key, n] : cells) {
    double n2 = static_cast<double>(n) * n;
    p += n2 / pred_sizes.at(key.first);
    r += n2 / gold_sizes.at(key.second);
  }
  PrfScore s;
  if (items == 0) return s;
  s.precision = p / items;
  s.recall = r / items;
  s.f1 = F1(s.precision, s.recall);
  return s;
}

// Pairwise: true positives are pairs sharing both clusters. With no predicted
// (or gold) pairs at all, precision (or recall) is 1 by convention: nothing
// was claimed wrongly (or nothing was there to find).
PrfScore Pairwise(const PairCounts& cells, const std::map<std::string, size_t>& pred_sizes,
                  const std::map<std::string, size_t>& gold_sizes) {
  size_t tp = 0, pred_pairs = 0, gold_pairs = 0;
  for (const auto& [key, n] : cells) tp += Pairs(n);
  for (const auto& [c, n] : pred_sizes) pred_pairs += Pairs(n);
  for (const auto& [c, n] : gold_sizes) gold_pairs += Pairs(n);
  PrfScore s;
  s.precision = pred_pairs == 0 ? 1.0 : static_cast<double>(tp) / pred_pairs;
  s.recall = gold_pairs == 0 ? 1.0 : static_cast<double>(tp) / gold_pairs;
  s.f1 = F1(s.precision, s.recall);
  return s;
}

}  // namespace

double F1(double precision, double recall) {
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

ClusterScores ScoreClusters(const ClusterMap& predicted, const ClusterMap& gold) {
  PairCounts cells;
  std::map<std::string, size_t> pred_sizes, gold_sizes;
  ClusterScores scores;
  for (const auto& [id, g] : gold) {
    auto it = predicted.find(id);
    if (it == predicted.end()) {
      ++scores.missing_predicted;
      continue;
    }
    ++cells[{it->second, g}];
    ++pred_sizes[it->second];
    ++gold_sizes[g];
    ++scores.items;
  }
  scores.bcubed = BCubed(cells, pred_sizes, gold_sizes, scores.items);
  scores.pairwise = Pairwise(cells, pred_sizes, gold_sizes);
  scores.gold_clusters = gold_sizes.size();
  scores.predicted_clusters = pred_sizes.size();
  return scores;
}

}  // namespace storyline
