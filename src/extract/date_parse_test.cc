#include "extract/date_parse.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(ParseDateIso, ReadsCommonMetadataFormats) {
  EXPECT_EQ(ParseDateIso("2020-07-08"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("2020-07-08T10:15:00+03:00"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("2020/07/08"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("Wed, 08 Jul 2020 10:00:00 GMT"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("July 8, 2020"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("Jul. 8 2020"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("8 July 2020"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("08th July, 2020"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("8th of July 2020"), "2020-07-08");
  EXPECT_EQ(ParseDateIso("22.07.2020"), "2020-07-22");
  EXPECT_EQ(ParseDateIso("22/07/2020"), "2020-07-22");
  EXPECT_EQ(ParseDateIso("Sept 3, 2019"), "2019-09-03");
  EXPECT_EQ(ParseDateIso("1594200000"), "2020-07-08");     // Unix seconds, UTC
  EXPECT_EQ(ParseDateIso("1594200000123"), "2020-07-08");  // milliseconds
  EXPECT_EQ(ParseDateIso("0000000000"), "1970-01-01");
}

TEST(ParseDateIso, RejectsWhatItCannotKnow) {
  EXPECT_EQ(ParseDateIso(""), "");
  EXPECT_EQ(ParseDateIso("July 8"), "");         // no year: never invented
  EXPECT_EQ(ParseDateIso("07/08/2020"), "");     // day and month ambiguous
  EXPECT_EQ(ParseDateIso("2020-02-30"), "");     // no such day
  EXPECT_EQ(ParseDateIso("July 2020"), "");      // no day
  EXPECT_EQ(ParseDateIso("yesterday"), "");
  EXPECT_EQ(ParseDateIso("2021-02-29"), "");
  EXPECT_EQ(ParseDateIso("2020-02-29"), "2020-02-29");
}

TEST(ScanDate, KeepsMonthAndDayWithoutYear) {
  size_t used = 0;
  CalendarDate d = ScanDate("July 8. /TASS/.", &used);
  EXPECT_TRUE(d.valid());
  EXPECT_FALSE(d.complete());
  EXPECT_EQ(d.month, 7);
  EXPECT_EQ(d.day, 8);
  EXPECT_EQ(used, 6u);
  EXPECT_EQ(d.Iso(), "");
}

TEST(MonthFromName, FullAndAbbreviated) {
  EXPECT_EQ(MonthFromName("January"), 1);
  EXPECT_EQ(MonthFromName("dec"), 12);
  EXPECT_EQ(MonthFromName("SEPT"), 9);
  EXPECT_EQ(MonthFromName("Ma"), 0);
  EXPECT_EQ(MonthFromName("Marc"), 0);
  EXPECT_EQ(MonthFromName("Mayday"), 0);
}

TEST(IsDateLine, AcceptsDateWithLabelAndTime) {
  CalendarDate d;
  EXPECT_TRUE(IsDateLine("22 July 2020", &d));
  EXPECT_EQ(d.Iso(), "2020-07-22");
  EXPECT_TRUE(IsDateLine("Published: 08.07.2020 10:15", &d));
  EXPECT_EQ(d.Iso(), "2020-07-08");
  EXPECT_TRUE(IsDateLine("Last updated on July 9, 2020 | 10:15 am GMT", &d));
  EXPECT_EQ(d.Iso(), "2020-07-09");
}

TEST(IsDateLine, RejectsSentencesWithDates) {
  CalendarDate d;
  EXPECT_FALSE(IsDateLine("22 July 2020 was a hot day in Moscow.", &d));
  EXPECT_FALSE(IsDateLine("On July 22, 2020 the talks began", &d));
  EXPECT_FALSE(IsDateLine("July 22", &d));
}

TEST(DateFromUrl, FindsPathDates) {
  EXPECT_EQ(DateFromUrl("https://ex.com/2020/07/08/libya-talks"), "2020-07-08");
  EXPECT_EQ(DateFromUrl("https://ex.com/news/2020-07-08-libya"), "2020-07-08");
  EXPECT_EQ(DateFromUrl("https://ex.com/2020/07/libya"), "");
  EXPECT_EQ(DateFromUrl("https://ex.com/id/20200708123"), "");
}

}  // namespace
}  // namespace storyline
