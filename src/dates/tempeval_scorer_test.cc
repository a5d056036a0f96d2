#include "dates/tempeval_scorer.h"

#include <gtest/gtest.h>

namespace storyline::dates {
namespace {

TimexAnnotation T(uint32_t b, uint32_t e, const char* value, const char* type = "DATE") {
  return TimexAnnotation{Span{b, e}, "", type, value};
}

TEST(TempEvalScorer, PerfectOutputScoresOne) {
  std::vector<TimexAnnotation> gold = {T(0, 5, "2020"), T(10, 20, "P1W", "DURATION")};
  TempEvalScores s = Score(CountDocument(gold, gold));
  EXPECT_DOUBLE_EQ(s.strict.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.relaxed.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.value.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.value_accuracy, 1.0);
}

TEST(TempEvalScorer, OverlapIsRelaxedButNotStrict) {
  // Gold "Sunday morning" [0,14); system "Sunday" [0,6): relaxed match only.
  std::vector<TimexAnnotation> gold = {T(0, 14, "1998-01-04TMO", "TIME")};
  std::vector<TimexAnnotation> sys = {T(0, 6, "1998-01-04")};
  TempEvalCounts c = CountDocument(gold, sys);
  EXPECT_EQ(c.relaxed, 1);
  EXPECT_EQ(c.strict, 0);
  EXPECT_EQ(c.value, 0);
  EXPECT_EQ(c.type, 0);
}

TEST(TempEvalScorer, ValueF1IsAccuracyTimesRelaxedF1) {
  // 4 gold, 5 system; 4 aligned, 3 with the right value, 2 exact extents.
  std::vector<TimexAnnotation> gold = {T(0, 4, "A"), T(10, 14, "B"), T(20, 24, "C"), T(30, 34, "D")};
  std::vector<TimexAnnotation> sys = {T(0, 4, "A"), T(10, 14, "B"), T(19, 24, "C"), T(31, 33, "X"),
                                      T(40, 44, "E")};
  TempEvalCounts c = CountDocument(gold, sys);
  EXPECT_EQ(c.gold, 4);
  EXPECT_EQ(c.system, 5);
  EXPECT_EQ(c.relaxed, 4);
  EXPECT_EQ(c.strict, 2);
  EXPECT_EQ(c.value, 3);
  TempEvalScores s = Score(c);
  EXPECT_DOUBLE_EQ(s.relaxed.precision, 0.8);
  EXPECT_DOUBLE_EQ(s.relaxed.recall, 1.0);
  EXPECT_DOUBLE_EQ(s.strict.precision, 0.4);
  EXPECT_DOUBLE_EQ(s.value_accuracy, 0.75);
  EXPECT_NEAR(s.value.f1, 0.75 * (2 * 0.8 * 1.0 / 1.8), 1e-12);
  // The same as the F1 of "aligned and value equal": P = 3/5, R = 3/4.
  EXPECT_NEAR(s.value.f1, 2 * 0.6 * 0.75 / (0.6 + 0.75), 1e-12);
}

TEST(TempEvalScorer, AlignmentIsOneToOneAndPrefersExactExtent) {
  // Two system timexes overlap one gold timex: only one may count; the exact one wins.
  std::vector<TimexAnnotation> gold = {T(5, 15, "G")};
  std::vector<TimexAnnotation> sys = {T(0, 6, "S1"), T(5, 15, "G")};
  auto pairs = AlignTimexes(gold, sys);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].second, 1u);
  TempEvalCounts c = CountDocument(gold, sys);
  EXPECT_EQ(c.relaxed, 1);
  EXPECT_EQ(c.system, 2);
}

TEST(TempEvalScorer, CountsSumOverDocuments) {
  TempEvalCounts a = CountDocument({T(0, 4, "A")}, {T(0, 4, "A")});
  TempEvalCounts b = CountDocument({T(0, 4, "B")}, {});
  a += b;
  TempEvalScores s = Score(a);
  EXPECT_DOUBLE_EQ(s.relaxed.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.relaxed.recall, 0.5);
}

}  // namespace
}  // namespace storyline::dates
