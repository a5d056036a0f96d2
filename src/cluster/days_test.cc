#include "cluster/days.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(Days, RoundTripsIsoDates) {
  EXPECT_EQ(DayFromIso("1970-01-01"), 0);
  EXPECT_EQ(DayFromIso("2020-07-08"), 18451);
  EXPECT_EQ(IsoFromDay(18451), "2020-07-08");
  EXPECT_EQ(IsoFromDay(DayFromIso("2000-02-29")), "2000-02-29");
  EXPECT_EQ(DayFromIso("2010-04-06T00:00:00"), DayFromIso("2010-04-06"));
}

TEST(Days, RejectsMalformedDates) {
  EXPECT_EQ(DayFromIso(""), -1);
  EXPECT_EQ(DayFromIso("2020-13-01"), -1);
  EXPECT_EQ(DayFromIso("July 8"), -1);
  EXPECT_EQ(IsoFromDay(-1), "");
}

}  // namespace
}  // namespace storyline
