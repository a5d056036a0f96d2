#include "dedup/metrics.h"

#include <gtest/gtest.h>

namespace storyline::dedup {
namespace {

Grouping Labels(const std::vector<int>& labels) {
  Grouping g;
  for (size_t i = 0; i < labels.size(); ++i) {
    std::string id = "a";
    id += std::to_string(i);
    g[id] = std::to_string(labels[i]);
  }
  return g;
}

TEST(GroupingScores, IdenticalGroupingsScoreOne) {
  GroupingScores s = ScoreGroupings(Labels({0, 0, 1, 1, 2}), Labels({5, 5, 7, 7, 9}));
  EXPECT_DOUBLE_EQ(s.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recall, 1.0);
  EXPECT_DOUBLE_EQ(s.ari, 1.0);
  EXPECT_EQ(s.true_pairs, 2u);
  EXPECT_EQ(s.gold_groups, 3u);
}

// Hand-computed: index = 1, gold pairs = 2, predicted pairs = 1, C(4,2) = 6,
// expected = 2/6, max = 1.5, ARI = (1 - 1/3) / (1.5 - 1/3) = 4/7.
TEST(GroupingScores, SplitGroupGivesFourSeventhsAri) {
  GroupingScores s = ScoreGroupings(Labels({0, 0, 1, 1}), Labels({0, 0, 1, 2}));
  EXPECT_NEAR(s.ari, 4.0 / 7.0, 1e-12);
  EXPECT_DOUBLE_EQ(s.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_NEAR(s.f1, 2.0 / 3.0, 1e-12);
}

// Hand-computed: index = 0, expected = 4/6, max = 2: ARI = -2/3 / (4/3) = -0.5.
TEST(GroupingScores, CrossedGroupingIsWorseThanChance) {
  GroupingScores s = ScoreGroupings(Labels({0, 0, 1, 1}), Labels({0, 1, 0, 1}));
  EXPECT_NEAR(s.ari, -0.5, 1e-12);
  EXPECT_DOUBLE_EQ(s.precision, 0.0);
  EXPECT_DOUBLE_EQ(s.f1, 0.0);
}

TEST(GroupingScores, AllSingletonsAgainstOneGroupHasZeroAri) {
  GroupingScores s = ScoreGroupings(Labels({0, 0, 0, 0}), Labels({0, 1, 2, 3}));
  EXPECT_NEAR(s.ari, 0.0, 1e-12);
  EXPECT_DOUBLE_EQ(s.recall, 0.0);
}

TEST(GroupingScores, MissingPredictionsAreSingletons) {
  Grouping gold = Labels({0, 0, 1});
  Grouping predicted = {{"a0", "x"}};  // a1, a2 missing
  GroupingScores s = ScoreGroupings(gold, predicted);
  EXPECT_EQ(s.predicted_pairs, 0u);
  EXPECT_EQ(s.gold_pairs, 1u);
  EXPECT_DOUBLE_EQ(s.recall, 0.0);
  EXPECT_EQ(s.predicted_groups, 3u);
}

}  // namespace
}  // namespace storyline::dedup
