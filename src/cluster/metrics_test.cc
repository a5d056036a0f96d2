#include "cluster/metrics.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(ClusterMetrics, IdenticalPartitionsScoreOne) {
  ClusterMap gold = {{"a", "x"}, {"b", "x"}, {"c", "y"}};
  ClusterMap pred = {{"a", "1"}, {"b", "1"}, {"c", "2"}};
  ClusterScores s = ScoreClusters(pred, gold);
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 1.0);
  EXPECT_EQ(s.gold_clusters, 2u);
  EXPECT_EQ(s.predicted_clusters, 2u);
}

// Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
// BCubed precision: a,b: 2/2; c: 1/3; d,e: 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15.
// BCubed recall: a,b: 2/3; c: 1/3; d,e: 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15.
// Pairs: predicted ab, cd, ce, de (4); gold ab, ac, bc, de (4); shared ab, de.
TEST(ClusterMetrics, HandComputedMixedPartition) {
  ClusterMap gold = {{"a", "x"}, {"b", "x"}, {"c", "x"}, {"d", "y"}, {"e", "y"}};
  ClusterMap pred = {{"a", "1"}, {"b", "1"}, {"c", "2"}, {"d", "2"}, {"e", "2"}};
  ClusterScores s = ScoreClusters(pred, gold);
  EXPECT_NEAR(s.bcubed.precision, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed.recall, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.pairwise.precision, 0.5, 1e-12);
  EXPECT_NEAR(s.pairwise.recall, 0.5, 1e-12);
  EXPECT_NEAR(s.pairwise.f1, 0.5, 1e-12);
}

// All in one predicted cluster against two gold pairs: BCubed precision 2/4
// for every item, recall 1; pairs predicted 6, true 2.
TEST(ClusterMetrics, OneBigClusterHasFullRecallLowPrecision) {
  ClusterMap gold = {{"a", "x"}, {"b", "x"}, {"c", "y"}, {"d", "y"}};
  ClusterMap pred = {{"a", "1"}, {"b", "1"}, {"c", "1"}, {"d", "1"}};
  ClusterScores s = ScoreClusters(pred, gold);
  EXPECT_NEAR(s.bcubed.precision, 0.5, 1e-12);
  EXPECT_NEAR(s.bcubed.recall, 1.0, 1e-12);
  EXPECT_NEAR(s.bcubed.f1, 2.0 / 3, 1e-12);
  EXPECT_NEAR(s.pairwise.precision, 2.0 / 6, 1e-12);
  EXPECT_NEAR(s.pairwise.recall, 1.0, 1e-12);
}

TEST(ClusterMetrics, SingletonsHaveFullBCubedPrecisionAndNoPairs) {
  ClusterMap gold = {{"a", "x"}, {"b", "x"}};
  ClusterMap pred = {{"a", "1"}, {"b", "2"}};
  ClusterScores s = ScoreClusters(pred, gold);
  EXPECT_NEAR(s.bcubed.precision, 1.0, 1e-12);
  EXPECT_NEAR(s.bcubed.recall, 0.5, 1e-12);
  EXPECT_NEAR(s.pairwise.precision, 1.0, 1e-12);  // nothing claimed
  EXPECT_NEAR(s.pairwise.recall, 0.0, 1e-12);
}

TEST(ClusterMetrics, ItemsMissingFromPredictionAreCountedNotScored) {
  ClusterMap gold = {{"a", "x"}, {"b", "x"}, {"c", "y"}};
  ClusterMap pred = {{"a", "1"}, {"b", "1"}, {"z", "9"}};
  ClusterScores s = ScoreClusters(pred, gold);
  EXPECT_EQ(s.items, 2u);
  EXPECT_EQ(s.missing_predicted, 1u);
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 1.0);
}

}  // namespace
}  // namespace storyline
