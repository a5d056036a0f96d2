#include "timeline/tilse_alignment.h"

#include <gtest/gtest.h>

namespace storyline::timeline {
namespace {

TEST(TilseAlignment, DateWeightShrinksWithDistance) {
  EXPECT_DOUBLE_EQ(DateWeight("2011-02-11", "2011-02-11"), 1.0);
  EXPECT_DOUBLE_EQ(DateWeight("2011-02-11", "2011-02-10"), 0.5);
  EXPECT_DOUBLE_EQ(DateWeight("2011-03-01", "2011-02-27"), 1.0 / 3);  // across February
}

TEST(TilseAlignment, ApproximateRougeIsCaseSensitiveTokenOverlap) {
  EXPECT_DOUBLE_EQ(ApproximateRouge1({"Mubarak resigns"}, {{"Mubarak resigns"}}), 1.0);
  EXPECT_DOUBLE_EQ(ApproximateRouge1({"Mubarak resigns"}, {{"mubarak resigned"}}), 0.0);
  // P = 1/2, R = 1/1.
  EXPECT_NEAR(ApproximateRouge1({"Mubarak resigns"}, {{"Mubarak"}}), 2.0 / 3, 1e-15);
}

TEST(TilseAlignment, ApproximateRougeDropsSubstringsOfPythonPunctuation) {
  // "," "." and "()" are substrings of string.punctuation; "``" and "--" are not.
  EXPECT_DOUBLE_EQ(ApproximateRouge1({"Cairo , ."}, {{"Cairo ()"}}), 1.0);
  EXPECT_DOUBLE_EQ(ApproximateRouge1({"Cairo --"}, {{"Cairo"}}), 2 * 0.5 / 1.5);
}

TEST(TilseAlignment, ApproximateRougePoolsReferences) {
  // Two references: matches 1 + 0, precision denominator 2 x 1, recall 1 + 1.
  EXPECT_DOUBLE_EQ(ApproximateRouge1({"Cairo"}, {{"Cairo"}, {"Tahrir"}}), 0.5);
  EXPECT_DOUBLE_EQ(ApproximateRouge1({}, {{"Cairo"}}), 0.0);
}

TEST(TilseAlignment, DateCostsAreZeroOnTheSameDay) {
  const CostMatrix m = DateCosts({"2011-02-10", "2011-02-11"}, {"2011-02-11"});
  ASSERT_EQ(m.rows, 2);
  ASSERT_EQ(m.cols, 1);
  EXPECT_DOUBLE_EQ(m.at(0, 0), 0.5);
  EXPECT_DOUBLE_EQ(m.at(1, 0), 0.0);
}

TEST(TilseAlignment, DateContentCostsDiscountMatchingSummaries) {
  const CostMatrix m = DateContentCosts({"2011-02-10"}, {{"Mubarak resigns"}},
                                        {"2011-02-11", "2011-02-12"},
                                        {{{"Mubarak resigns"}}, {{"Crowds cheer"}}});
  EXPECT_DOUBLE_EQ(m.at(0, 0), 0.0);         // same text: no cost despite the day
  EXPECT_DOUBLE_EQ(m.at(0, 1), 1 - 1.0 / 3);  // no overlap: the date cost alone
}

}  // namespace
}  // namespace storyline::timeline
