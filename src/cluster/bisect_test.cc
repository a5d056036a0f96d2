#include "cluster/bisect.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

// Members 0-3 share terms 1-3, members 4-5 share terms 7-9; all are unit-ish.
std::vector<SparseVector> TwoGroups() {
  return {{{1, 0.6f}, {2, 0.6f}, {3, 0.5f}}, {{1, 0.7f}, {2, 0.5f}, {4, 0.5f}},
          {{1, 0.6f}, {3, 0.6f}, {5, 0.5f}}, {{2, 0.7f}, {3, 0.5f}, {6, 0.5f}},
          {{7, 0.6f}, {8, 0.6f}, {9, 0.5f}}, {{7, 0.7f}, {8, 0.5f}, {10, 0.5f}}};
}

std::vector<const SparseVector*> Pointers(const std::vector<SparseVector>& v) {
  std::vector<const SparseVector*> out;
  for (const SparseVector& x : v) out.push_back(&x);
  return out;
}

TEST(Bisect, SeparatesTwoVocabularies) {
  std::vector<SparseVector> members = TwoGroups();
  std::vector<bool> side = Bisect(Pointers(members));
  EXPECT_EQ(side, (std::vector<bool>{false, false, false, false, true, true}));
  EXPECT_NEAR(BetweenSimilarity(Pointers(members), side), 0.0, 1e-9);
  EXPECT_GT(WithinSimilarity(Pointers(members), side, false), 0.3);
}

TEST(Bisect, MarksTheSmallerSide) {
  std::vector<SparseVector> members = TwoGroups();
  std::swap(members[0], members[5]);  // the small group now holds member 0
  std::vector<bool> side = Bisect(Pointers(members));
  EXPECT_TRUE(side[0]);
  EXPECT_EQ(std::count(side.begin(), side.end(), true), 2);
}

TEST(Bisect, SingleMemberIsNotSplit) {
  std::vector<SparseVector> members = {{{1, 1.0f}}};
  EXPECT_EQ(Bisect(Pointers(members)), std::vector<bool>{false});
}

}  // namespace
}  // namespace storyline
