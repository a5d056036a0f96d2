#include "common/iso_date.h"

#include <gtest/gtest.h>

namespace storyline {

TEST(IsoDate, RoundTripsAndRejectsInvalid) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("2020-07-08") - DayNumber("2020-07-01"), 7);
  EXPECT_EQ(IsoDay(DayNumber("2020-02-29")), "2020-02-29");
  EXPECT_EQ(DayNumber("2021-02-29"), -1);
  EXPECT_EQ(DayNumber("2020-7-8"), -1);
  EXPECT_EQ(DayNumber("2020-07-08T00:00:00"), DayNumber("2020-07-08"));
}

}  // namespace storyline
