#include "timeline/linear_assignment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

namespace storyline::timeline {
namespace {

using Pairs = std::vector<std::pair<int, int>>;

double Cost(const CostMatrix& m, const Pairs& pairs) {
  double total = 0;
  for (auto [r, c] : pairs) total += m.at(r, c);
  return total;
}

// The cheapest assignment by trying every permutation (small matrices only).
double BruteForceCost(const CostMatrix& m) {
  const CostMatrix w = m.rows <= m.cols ? m : Transpose(m);
  std::vector<int> cols(w.cols);
  std::iota(cols.begin(), cols.end(), 0);
  double best = 1e300;
  do {
    double total = 0;
    for (int r = 0; r < w.rows; ++r) total += w.at(r, cols[r]);
    best = std::min(best, total);
  } while (std::next_permutation(cols.begin(), cols.end()));
  return best;
}

TEST(LinearAssignment, FindsTheCheapestAssignment) {
  const CostMatrix m{3, 3, {4, 1, 3, 2, 0, 5, 3, 2, 2}};
  const Pairs pairs = SolveLinearAssignment(m);
  EXPECT_EQ(pairs, (Pairs{{0, 1}, {1, 0}, {2, 2}}));
  EXPECT_EQ(Cost(m, pairs), 5);
}

TEST(LinearAssignment, ResolvesAConstantMatrixToTheIdentity) {
  const CostMatrix m{3, 3, std::vector<double>(9, 1.0)};
  EXPECT_EQ(SolveLinearAssignment(m), (Pairs{{0, 0}, {1, 1}, {2, 2}}));
}

TEST(LinearAssignment, SolvesTallMatricesAndSortsByRow) {
  const CostMatrix m{3, 2, {5, 9, 1, 7, 6, 2}};
  EXPECT_EQ(SolveLinearAssignment(m), (Pairs{{1, 0}, {2, 1}}));
}

TEST(LinearAssignment, MatchesBruteForceOnRandomMatrices) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> size(1, 6), value(0, 4);
  for (int trial = 0; trial < 300; ++trial) {
    CostMatrix m{size(rng), size(rng), {}};
    for (int i = 0; i < m.rows * m.cols; ++i) m.values.push_back(value(rng) / 4.0);
    const Pairs pairs = SolveLinearAssignment(m);
    ASSERT_EQ(static_cast<int>(pairs.size()), std::min(m.rows, m.cols));
    EXPECT_DOUBLE_EQ(Cost(m, pairs), BruteForceCost(m)) << "trial " << trial;
  }
}

TEST(LinearAssignment, EmptyMatrixHasNoPairs) {
  EXPECT_TRUE(SolveLinearAssignment(CostMatrix{0, 3, {}}).empty());
  EXPECT_TRUE(AssignRowsToMinimum(CostMatrix{2, 0, {}}).empty());
}

TEST(LinearAssignment, ManyToOneTakesTheFirstMinimumOfEachRow) {
  const CostMatrix m{3, 3, {0.5, 0.2, 0.2, 0.1, 0.3, 0.1, 0.9, 0.9, 0.9}};
  EXPECT_EQ(AssignRowsToMinimum(m), (Pairs{{0, 1}, {1, 0}, {2, 0}}));
}

}  // namespace
}  // namespace storyline::timeline
