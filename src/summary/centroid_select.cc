#include "summary/centroid_select.h"

#include <cmath>

#include "summary/sentence_vectors.h"

namespace storyline {
namespace {

bool IsRedundant(const SparseVector& v, const std::vector<const SparseVector*>& candidates,
                 const std::vector<size_t>& chosen, double max_similarity) {
  for (size_t c : chosen) {
    if (Dot(v, *candidates[c]) > max_similarity) return true;
  }
  return false;
}

}  // namespace

std::vector<size_t> SelectByCentroid(const std::vector<const SparseVector*>& candidates,
                                     const SparseVector& centroid,
                                     const std::function<bool(size_t)>& allowed,
                                     const CentroidSelectOptions& options) {
  const SparseVector target = Normalized(centroid);
  // Per candidate: its dot with the target; excluded ones are marked used.
  std::vector<double> to_target(candidates.size());
  std::vector<bool> used(candidates.size(), false);
  for (size_t i = 0; i < candidates.size(); ++i) {
    used[i] = candidates[i]->empty() || (allowed && !allowed(i));
    if (!used[i]) to_target[i] = Dot(*candidates[i], target);
  }
  std::vector<size_t> chosen;
  SparseVector sum;
  double sum_to_target = 0, sum_norm2 = 0;
  while (chosen.size() < options.max_sentences) {
    // cos(sum + x, target) = (sum.t + x.t) / |sum + x|, |x| = 1.
    size_t best = candidates.size();
    double best_score = -1;
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (used[i]) continue;
      double norm2 = sum_norm2 + 2 * Dot(sum, *candidates[i]) + 1.0;
      double score = (sum_to_target + to_target[i]) / std::sqrt(norm2);
      if (score > best_score) best_score = score, best = i;
    }
    if (best == candidates.size()) break;
    used[best] = true;
    if (IsRedundant(*candidates[best], candidates, chosen, options.max_similarity)) continue;
    chosen.push_back(best);
    sum_norm2 += 2 * Dot(sum, *candidates[best]) + 1.0;
    sum = AddScaled(sum, *candidates[best]);
    sum_to_target += to_target[best];
  }
  return chosen;
}

}  // namespace storyline
