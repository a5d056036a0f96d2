#include "timeline/porter_stemmer.h"

#include <gtest/gtest.h>

namespace storyline::timeline {
namespace {

TEST(PorterStemmer, StemsTheClassicExamples) {
  EXPECT_EQ(PorterStem("caresses"), "caress");
  EXPECT_EQ(PorterStem("ponies"), "poni");
  EXPECT_EQ(PorterStem("cats"), "cat");
  EXPECT_EQ(PorterStem("relational"), "relat");
  EXPECT_EQ(PorterStem("generalization"), "gener");
  EXPECT_EQ(PorterStem("hopping"), "hop");
  EXPECT_EQ(PorterStem("hoping"), "hope");
  EXPECT_EQ(PorterStem("agreed"), "agre");
  EXPECT_EQ(PorterStem("happy"), "happi");
  EXPECT_EQ(PorterStem("electricity"), "electr");
  EXPECT_EQ(PorterStem("controll"), "control");
  EXPECT_EQ(PorterStem("protesters"), "protest");
}

TEST(PorterStemmer, LeavesWordsShorterThanThreeAlone) {
  EXPECT_EQ(PorterStem("is"), "is");
  EXPECT_EQ(PorterStem("as"), "as");
}

// ROUGE-1.5.5 strips -ment and then -ent from what step 4 left, so
// "agreement" loses more than in textbook Porter ("agreement" -> "agreement").
TEST(PorterStemmer, FollowsRougeStep4ForEmentWords) {
  EXPECT_EQ(PorterStem("agreement"), "agreem");
  EXPECT_EQ(PorterStem("government"), "govern");
  EXPECT_EQ(PorterStem("adjustment"), "adjust");
}

TEST(PorterStemmer, TreatsAnInitialYAsAConsonant) {
  EXPECT_EQ(PorterStem("yelling"), "yell");
  EXPECT_EQ(PorterStem("years"), "year");
  EXPECT_EQ(PorterStem("flying"), "fly");
  EXPECT_EQ(PorterStem("sky"), "sky");
}

TEST(PorterStemmer, KeepsDigitsAsConsonants) {
  EXPECT_EQ(PorterStem("1990s"), "1990");
  EXPECT_EQ(PorterStem("h1n1"), "h1n1");
}

}  // namespace
}  // namespace storyline::timeline
