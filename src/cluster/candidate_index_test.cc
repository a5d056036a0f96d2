#include "cluster/candidate_index.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(CandidateIndex, RanksClustersBySharedFeatureWeight) {
  CandidateIndex index(8);
  index.Add({{1, 0.9f}, {2, 0.1f}}, 2, 1);
  index.Add({{2, 0.5f}, {3, 0.5f}}, 2, 2);
  auto all = [](uint32_t) { return true; };
  EXPECT_EQ(index.Candidates({{1, 1.0f}, {2, 0.2f}}, 2, 10, all), (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(index.Candidates({{3, 1.0f}}, 1, 10, all), (std::vector<uint32_t>{2}));
  EXPECT_TRUE(index.Candidates({{4, 1.0f}}, 1, 10, all).empty());
}

TEST(CandidateIndex, FiltersByEligibilityAndCapsTheCount) {
  CandidateIndex index(8);
  for (uint32_t c = 1; c <= 5; ++c) index.Add({{1, 1.0f}}, 1, c);
  auto odd = [](uint32_t c) { return c % 2 == 1; };
  std::vector<uint32_t> got = index.Candidates({{1, 1.0f}}, 1, 2, odd);
  ASSERT_EQ(got.size(), 2u);
  for (uint32_t c : got) EXPECT_EQ(c % 2, 1u);
}

TEST(CandidateIndex, ReadsOnlyTheMostRecentPostings) {
  CandidateIndex index(4);
  for (uint32_t c = 1; c <= 20; ++c) index.Add({{1, 1.0f}}, 1, c);
  std::vector<uint32_t> got = index.Candidates({{1, 1.0f}}, 1, 100, [](uint32_t) { return true; });
  EXPECT_EQ(got.size(), 4u);
  for (uint32_t c : got) EXPECT_GT(c, 16u);
}

TEST(StrongestFeatures, PicksLargestWeights) {
  SparseVector v = {{1, 0.1f}, {2, 0.9f}, {3, 0.5f}};
  std::vector<size_t> idx = StrongestFeatures(v, 2);
  std::sort(idx.begin(), idx.end());
  EXPECT_EQ(idx, (std::vector<size_t>{1, 2}));
}

}  // namespace
}  // namespace storyline
