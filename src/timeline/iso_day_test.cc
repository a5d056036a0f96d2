#include "timeline/iso_day.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(IsoDay, RoundTripsThroughDayNumbers) {
  auto day = ParseIsoDay("2010-04-20");
  ASSERT_TRUE(day.has_value());
  EXPECT_EQ(FormatIsoDay(*day), "2010-04-20");
  EXPECT_EQ(FormatIsoDay(*day + 11), "2010-05-01");
  EXPECT_EQ(*ParseIsoDay("1970-01-01"), 0);
}

TEST(IsoDay, AcceptsATimeSuffixAndLeapDays) {
  EXPECT_EQ(ParseIsoDay("2010-04-20T00:00:00"), ParseIsoDay("2010-04-20"));
  EXPECT_EQ(*ParseIsoDay("2008-03-01") - *ParseIsoDay("2008-02-28"), 2);
}

TEST(IsoDay, RejectsCoarserAndMalformedValues) {
  EXPECT_FALSE(ParseIsoDay("2010-04"));
  EXPECT_FALSE(ParseIsoDay("2010"));
  EXPECT_FALSE(ParseIsoDay("2010-13-01"));
  EXPECT_FALSE(ParseIsoDay("2010-02-30"));
  EXPECT_FALSE(ParseIsoDay("2010-04-20X"));
  EXPECT_FALSE(ParseIsoDay("XXXX-XX-XX"));
}

}  // namespace
}  // namespace storyline
