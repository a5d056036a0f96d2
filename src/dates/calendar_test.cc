#include "dates/calendar.h"

#include <gtest/gtest.h>

#include "dates/anchor.h"

namespace storyline::dates {
namespace {

TEST(Calendar, DayCountRoundTripsAcrossLeapYears) {
  for (int64_t d = DaysFromCivil({1896, 1, 1}); d < DaysFromCivil({2104, 12, 31}); d += 37) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  }
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(AddDays({2020, 2, 28}, 1), (CivilDate{2020, 2, 29}));
  EXPECT_EQ(AddDays({2019, 2, 28}, 1), (CivilDate{2019, 3, 1}));
}

TEST(Calendar, KnownWeekdays) {
  EXPECT_EQ(IsoWeekday({2020, 7, 8}), 3);   // a Wednesday
  EXPECT_EQ(IsoWeekday({2020, 7, 22}), 3);
  EXPECT_EQ(IsoWeekday({1990, 8, 12}), 7);  // a Sunday
}

TEST(Calendar, IsoWeekBelongsToTheYearOfItsThursday) {
  EXPECT_EQ(FormatWeek({2020, 7, 8}), "2020-W28");
  EXPECT_EQ(FormatWeek({2021, 1, 1}), "2020-W53");
  EXPECT_EQ(FormatWeek({2019, 12, 30}), "2020-W01");
  EXPECT_EQ(FormatWeek({1989, 10, 30}), "1989-W44");
}

TEST(Calendar, ValidatesDays) {
  EXPECT_TRUE(IsValidDate(2000, 2, 29));
  EXPECT_FALSE(IsValidDate(1900, 2, 29));
  EXPECT_FALSE(IsValidDate(2020, 4, 31));
  EXPECT_FALSE(IsValidDate(2020, 13, 1));
}

TEST(Anchor, ParsesDayYearOrNothing) {
  Result<Anchor> day = ParseAnchor("2020-07-08");
  ASSERT_TRUE(day.ok());
  EXPECT_TRUE(day->has_day);
  EXPECT_EQ(day->date, (CivilDate{2020, 7, 8}));
  Result<Anchor> with_time = ParseAnchor("1990-08-15T13:37");
  ASSERT_TRUE(with_time.ok());
  EXPECT_EQ(with_time->date, (CivilDate{1990, 8, 15}));
  Result<Anchor> year = ParseAnchor("2020");
  ASSERT_TRUE(year.ok());
  EXPECT_TRUE(year->has_year);
  EXPECT_FALSE(year->has_day);
  Result<Anchor> none = ParseAnchor("");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_year);
}

TEST(Anchor, RejectsMalformedDates) {
  EXPECT_FALSE(ParseAnchor("2020-02-30").ok());
  EXPECT_FALSE(ParseAnchor("20-07-08").ok());
  EXPECT_FALSE(ParseAnchor("July 8").ok());
  EXPECT_FALSE(ParseAnchor("2020-07-08x").ok());
}

}  // namespace
}  // namespace storyline::dates
