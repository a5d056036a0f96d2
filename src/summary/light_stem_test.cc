#include "summary/light_stem.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(LightStem, InflectionsMeetTheirStem) {
  EXPECT_EQ(LightStem("spills"), "spill");
  EXPECT_EQ(LightStem("spilled"), "spill");
  EXPECT_EQ(LightStem("spilling"), "spill");
  EXPECT_EQ(LightStem("spill"), "spill");
}

TEST(LightStem, ShortWordsAreLeftAlone) {
  EXPECT_EQ(LightStem("was"), "was");
  EXPECT_EQ(LightStem("bus"), "bus");
  EXPECT_EQ(LightStem("red"), "red");
  EXPECT_EQ(LightStem("king"), "king");
}

TEST(LightStem, StemmedTermsEqualAcrossInflections) {
  EXPECT_EQ(StemmedContentTerms("protesters marched"), StemmedContentTerms("protester marches"));
  EXPECT_TRUE(StemmedContentTerms("the and of").empty());
}

}  // namespace
}  // namespace storyline
