#include "entities/ner_metrics.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(NerMetrics, BoundaryErrorCountsAsBothFalsePositiveAndMiss) {
  NerScorer s;
  s.Add({"B-PER", "I-PER", "O", "B-LOC"}, {"B-PER", "O", "O", "B-LOC"});
  EXPECT_EQ(s.overall().gold, 2u);
  EXPECT_EQ(s.overall().predicted, 2u);
  EXPECT_EQ(s.overall().correct, 1u);
  EXPECT_DOUBLE_EQ(s.per_type().at("LOC").F1(), 1.0);
  EXPECT_DOUBLE_EQ(s.per_type().at("PER").F1(), 0.0);
}

TEST(NerMetrics, WrongTypeIsNotCorrect) {
  NerScorer s;
  s.Add({"B-ORG"}, {"B-LOC"});
  EXPECT_EQ(s.overall().correct, 0u);
  EXPECT_NE(s.Report().find("ALL"), std::string::npos);
}

}  // namespace
}  // namespace storyline
