#include "dates/date_tagger.h"

#include <gtest/gtest.h>

#include <string>

namespace storyline {
namespace {

// The mention whose text is `surface` (the first one), or a failure.
::testing::AssertionResult Has(const std::vector<DateMention>& mentions, const std::string& surface,
                               const std::string& value, bool resolved = true) {
  for (const DateMention& m : mentions) {
    if (m.text != surface) continue;
    if (m.value == value && m.resolved == resolved) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "\"" << surface << "\" -> " << m.value
                                         << (m.resolved ? " (resolved)" : " (unresolved)");
  }
  std::string found;
  for (const DateMention& m : mentions) found += " [" + m.text + "=" + m.value + "]";
  return ::testing::AssertionFailure() << "no mention \"" << surface << "\"; found" << found;
}

TEST(TagDates, WeekdayInPastTenseIsTheLatestOnOrBeforeTheAnchor) {
  auto m = TagDates("Lavrov said on Wednesday that talks went well.", "2020-07-08");
  EXPECT_TRUE(Has(m, "Wednesday", "2020-07-08"));
  m = TagDates("The ministers met on Monday in Ankara.", "2020-07-08");
  EXPECT_TRUE(Has(m, "Monday", "2020-07-06"));
}

TEST(TagDates, WeekdayInFutureTenseIsTheNextOne) {
  auto m = TagDates("The ministers will meet on Friday in Geneva.", "2020-07-08");
  EXPECT_TRUE(Has(m, "Friday", "2020-07-10"));
}

TEST(TagDates, WeekdayWithoutAnchorStaysUnresolved) {
  auto m = TagDates("Lavrov and Cavusoglu spoke on Tuesday.", "");
  EXPECT_TRUE(Has(m, "Tuesday", "XXXX-WXX-2", false));
  m = TagDates("Lavrov and Cavusoglu spoke on Tuesday.", "2020");
  EXPECT_TRUE(Has(m, "Tuesday", "XXXX-WXX-2", false));
}

TEST(TagDates, RelativeYearsAndMonths) {
  auto m = TagDates("Trade fell last year, and rose this past April; in January this year it fell.",
                    "2020-07-08");
  EXPECT_TRUE(Has(m, "last year", "2019"));
  EXPECT_TRUE(Has(m, "this past April", "2020-04"));
  EXPECT_TRUE(Has(m, "January this year", "2020-01"));
}

TEST(TagDates, MonthDayTakesTheYearOfAYearOnlyAnchor) {
  auto m = TagDates("Lavrov said on July 8 that the LNA is ready.", "2020");
  EXPECT_TRUE(Has(m, "July 8", "2020-07-08"));
  m = TagDates("Lavrov said on July 8 that the LNA is ready.", "");
  EXPECT_TRUE(Has(m, "July 8", "XXXX-07-08", false));
}

TEST(TagDates, DayRangesSeasonsAndExplicitDates) {
  auto m = TagDates("Consultations were held in Ankara on July 21-22. In spring 2019 they met. "
                    "The deal of 8 July 2020 and 2020-07-09 and 7/10/2020.", "2020-07-22");
  ASSERT_TRUE(Has(m, "July 21-22", "2020-07-21"));
  for (const DateMention& d : m) {
    if (d.text == "July 21-22") {
      EXPECT_EQ(d.value_end, "2020-07-22");
      EXPECT_EQ(d.granularity, DateGranularity::kRange);
    }
  }
  EXPECT_TRUE(Has(m, "spring 2019", "2019-SP"));
  EXPECT_TRUE(Has(m, "8 July 2020", "2020-07-08"));
  EXPECT_TRUE(Has(m, "2020-07-09", "2020-07-09"));
  EXPECT_TRUE(Has(m, "7/10/2020", "2020-07-10"));
}

TEST(TagDates, DeicticAndAgoExpressions) {
  auto m = TagDates("Two weeks ago prices rose; yesterday they fell; tomorrow they will rise. "
                    "Earlier this month and late last year and mid-2009.", "2020-07-08");
  EXPECT_TRUE(Has(m, "Two weeks ago", "2020-06-24"));
  EXPECT_TRUE(Has(m, "yesterday", "2020-07-07"));
  EXPECT_TRUE(Has(m, "tomorrow", "2020-07-09"));
  EXPECT_TRUE(Has(m, "Earlier this month", "2020-07"));
  EXPECT_TRUE(Has(m, "late last year", "2019"));
  EXPECT_TRUE(Has(m, "mid-2009", "2009"));
}

TEST(TagDates, QuartersDecadesWeeksAndTimes) {
  auto m = TagDates("Profit in the third quarter rose, as in the 1990s. Next week, at 10 a.m. "
                    "they meet; last month they met.", "1989-10-26");
  EXPECT_TRUE(Has(m, "the third quarter", "1989-Q3"));
  EXPECT_TRUE(Has(m, "the 1990s", "199"));
  EXPECT_TRUE(Has(m, "Next week", "1989-W44"));
  EXPECT_TRUE(Has(m, "10 a.m.", "1989-10-26T10:00"));
  EXPECT_TRUE(Has(m, "last month", "1989-09"));
}

TEST(TagDates, DurationsAndSets) {
  auto m = TagDates("He served three years and a two-week stint; the past two months were hard. "
                    "They meet every week.", "2020-07-08");
  EXPECT_TRUE(Has(m, "three years", "P3Y"));
  EXPECT_TRUE(Has(m, "two-week", "P2W"));
  EXPECT_TRUE(Has(m, "the past two months", "P2M"));
  EXPECT_TRUE(Has(m, "every week", "P1W"));
}

TEST(TagDates, OptionsDropDurations) {
  DateTaggerOptions options;
  options.durations = false;
  auto m = TagDates("He served three years, until last year.", "2020-07-08", options);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].text, "last year");
}

TEST(TagDates, SpansAreByteOffsetsAndSorted) {
  std::string text = "Lavrov’s talks on Friday’s vote ended on Wednesday.";
  auto m = TagDates(text, "2020-07-08");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].span.In(text), "Friday");
  EXPECT_EQ(m[1].span.In(text), "Wednesday");
  EXPECT_LT(m[0].span.begin, m[1].span.begin);
}

TEST(TagDates, IgnoresNumbersThatAreNotDates) {
  auto m = TagDates("The company paid $1990 for 2,000 shares, up 15%, May be more.", "2020-07-08");
  EXPECT_TRUE(m.empty()) << m.size() << " mentions, first: " << (m.empty() ? "" : m[0].text);
}

TEST(TagDatesChecked, MalformedAnchorIsAnError) {
  EXPECT_FALSE(TagDatesChecked("on Monday", "08/07/2020").ok());
  EXPECT_TRUE(TagDatesChecked("on Monday", "2020-07-08").ok());
}


TEST(TagDates, RatesAndAgesAreNotDurations) {
  auto m = TagDates("It adds 700 seats a week and $2 million a year; he was 37 years old.",
                    "1998-02-13");
  EXPECT_TRUE(m.empty()) << m.size() << " mentions, first: " << (m.empty() ? "" : m[0].text);
  m = TagDates("The talks may last for a week.", "1998-02-13");
  EXPECT_TRUE(Has(m, "a week", "P1W"));
}

TEST(TagDates, FollowingYearCountsFromTheLastMentionedDate) {
  auto m = TagDates("He was elected in 1995. The following year he resigned.", "1998-04-18");
  EXPECT_TRUE(Has(m, "The following year", "1996"));
}

TEST(TagDates, YearEarlierAfterAQuarterIsThatQuarterAYearBefore) {
  auto m = TagDates("Profit rose in the third quarter from $5 million a year earlier.", "1989-10-26");
  EXPECT_TRUE(Has(m, "the third quarter", "1989-Q3"));
  EXPECT_TRUE(Has(m, "a year earlier", "1988-Q3"));
}

TEST(TagDates, MonthWithoutYearTakesTheNearestYear) {
  // In early 1998 "December" is the December just past; in late 1989 "January" the next one.
  auto m = TagDates("Sales fell in December.", "1998-01-08");
  EXPECT_TRUE(Has(m, "December", "1997-12"));
  m = TagDates("The plant will open in January.", "1989-10-27");
  EXPECT_TRUE(Has(m, "January", "1990-01"));
}

TEST(TagDates, EndOfTheYearAndApproximateDurations) {
  auto m = TagDates("By the end of the year, after nearly two years of talks, it ended.",
                    "1989-10-27");
  EXPECT_TRUE(Has(m, "the end of the year", "1989"));
  EXPECT_TRUE(Has(m, "nearly two years", "P2Y"));
}


TEST(TagDates, HolidaysAndBusinessQuarters) {
  auto m = TagDates("Sales in Q3 2020 beat those of Christmas Day 2019 and Thanksgiving 2019.",
                    "2020-07-08");
  EXPECT_TRUE(Has(m, "Q3 2020", "2020-Q3"));
  EXPECT_TRUE(Has(m, "Christmas Day 2019", "2019-12-25"));
  EXPECT_TRUE(Has(m, "Thanksgiving 2019", "2019-11-28"));
  m = TagDates("Churches were empty at Easter.", "2020-07-08");
  EXPECT_TRUE(Has(m, "Easter", "2020-04-12"));
}

TEST(TagDates, ThisWeekendLooksAheadTheWeekendLooksBack) {
  auto m = TagDates("Protests are planned this weekend.", "2020-07-08");
  EXPECT_TRUE(Has(m, "this weekend", "2020-W28-WE"));
  m = TagDates("Protests took place over the weekend.", "2020-07-08");
  EXPECT_TRUE(Has(m, "the weekend", "2020-W27-WE"));
}


TEST(TagDates, FrequencyAdverbsAreSetsButAdjectivesAreNot) {
  auto m = TagDates("Revenue rose 8% annually. The quarterly dividend rose.", "1989-10-26");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(Has(m, "annually", "P1Y"));
  EXPECT_EQ(m[0].type, "SET");
}


TEST(TagDates, ZonedClockTimesAndOldYearsNeedTheirCues) {
  auto m = TagDates("The call starts at 1400 BST; it drilled 1000 feet down. In 1462 the king died.",
                    "2010-06-17");
  EXPECT_TRUE(Has(m, "1400 BST", "2010-06-17T14:00"));
  EXPECT_TRUE(Has(m, "1462", "1462"));
  for (const DateMention& d : m) EXPECT_NE(d.text, "1000");
}


// Regression: the reference lookup once returned a view of a temporary (ASan).
TEST(TagDates, YearEarlierFarFromAnyQuarterIsAYear) {
  std::string text = "Profit rose in the third quarter.";
  for (int k = 0; k < 40; ++k) text += " Analysts were not surprised by that.";
  text += " Sales were flat from a year earlier.";
  auto m = TagDates(text, "1989-10-26");
  EXPECT_TRUE(Has(m, "a year earlier", "1988"));
}


TEST(TagDates, VagueReferencesNeedNoAnchor) {
  auto m = TagDates("Prices are high these days and rose recently; in the near term, and in "
                    "coming months, they may fall. Now it is over.", "");
  EXPECT_TRUE(Has(m, "these days", "PRESENT_REF"));
  EXPECT_TRUE(Has(m, "recently", "PAST_REF"));
  EXPECT_TRUE(Has(m, "the near term", "FUTURE_REF"));
  EXPECT_TRUE(Has(m, "coming months", "FUTURE_REF"));
  EXPECT_TRUE(Has(m, "Now", "PRESENT_REF"));
}

}  // namespace
}  // namespace storyline
