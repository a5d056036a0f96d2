#include "cluster/bisect.h"

#include <algorithm>

#include "cluster/article_vectorizer.h"

namespace storyline {
namespace {

constexpr int kIterations = 6;

SparseVector SumOf(const std::vector<const SparseVector*>& members, const std::vector<bool>& side, bool which) {
  SparseVector sum;
  for (size_t i = 0; i < members.size(); ++i)
    if (side[i] == which) AddScaled(&sum, *members[i], 1.0f);
  return sum;
}

// The member with the lowest dot product with `v`.
size_t LeastLike(const std::vector<const SparseVector*>& members, const SparseVector& v) {
  size_t best = 0;
  double low = 1e30;
  for (size_t i = 0; i < members.size(); ++i) {
    double d = Dot(*members[i], v);
    if (d < low) low = d, best = i;
  }
  return best;
}

// Mean similarity of member i to a side (sum `s` of n members), itself excluded.
double MeanTo(const SparseVector& m, const SparseVector& s, size_t n, bool inside) {
  double dot = Dot(m, s);
  if (inside) {
    if (n <= 1) return 0;
    return (dot - SquaredNorm(m)) / static_cast<double>(n - 1);
  }
  return n == 0 ? 0 : dot / static_cast<double>(n);
}

}  // namespace

std::vector<bool> Bisect(const std::vector<const SparseVector*>& members) {
  std::vector<bool> side(members.size(), false);
  if (members.size() < 2) return side;
  SparseVector all = SumOf(members, side, false);
  size_t a = LeastLike(members, all);
  size_t b = LeastLike(members, *members[a]);
  if (a == b) return std::vector<bool>(members.size(), false);
  for (size_t i = 0; i < members.size(); ++i) side[i] = Dot(*members[i], *members[a]) > Dot(*members[i], *members[b]);
  side[a] = true, side[b] = false;
  for (int it = 0; it < kIterations; ++it) {
    SparseVector s1 = SumOf(members, side, true), s0 = SumOf(members, side, false);
    size_t n1 = static_cast<size_t>(std::count(side.begin(), side.end(), true)), n0 = members.size() - n1;
    std::vector<bool> next(side);
    for (size_t i = 0; i < members.size(); ++i) {
      double to1 = MeanTo(*members[i], s1, n1, side[i]), to0 = MeanTo(*members[i], s0, n0, !side[i]);
      next[i] = to1 > to0;
    }
    if (next == side) break;
    side = std::move(next);
  }
  size_t n1 = static_cast<size_t>(std::count(side.begin(), side.end(), true));
  if (2 * n1 > members.size() || (2 * n1 == members.size() && side[0])) side.flip();
  return side;
}

double BetweenSimilarity(const std::vector<const SparseVector*>& members, const std::vector<bool>& side) {
  SparseVector s1 = SumOf(members, side, true), s0 = SumOf(members, side, false);
  size_t n1 = static_cast<size_t>(std::count(side.begin(), side.end(), true)), n0 = members.size() - n1;
  if (n1 == 0 || n0 == 0) return 0;
  return Cosine(s1, VectorNorm(s1), s0, VectorNorm(s0));
}

double WithinSimilarity(const std::vector<const SparseVector*>& members, const std::vector<bool>& side,
                        bool which) {
  SparseVector s = SumOf(members, side, which);
  double self = 0;
  size_t n = 0;
  for (size_t i = 0; i < members.size(); ++i)
    if (side[i] == which) self += SquaredNorm(*members[i]), ++n;
  if (n < 2) return 0;
  return (SquaredNorm(s) - self) / (static_cast<double>(n) * (n - 1));
}

}  // namespace storyline
