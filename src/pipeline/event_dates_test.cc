#include "pipeline/event_dates.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

StoredArticle Member(const std::string& published, std::vector<DateMention> dates) {
  StoredArticle s;
  s.article.published.value = published;
  s.dates = std::move(dates);
  return s;
}

DateMention Day(const std::string& value, const std::string& end = "") {
  DateMention d;
  d.value = value;
  d.value_end = end;
  d.resolved = true;
  d.granularity = end.empty() ? DateGranularity::kDay : DateGranularity::kRange;
  return d;
}

TEST(InferEventYear, SharedYearOrNothing) {
  StoredArticle a = Member("2020-07-08", {}), b = Member("", {}), c = Member("2019-12-30", {});
  EXPECT_EQ(InferEventYear({&a, &b}), "2020");
  EXPECT_EQ(InferEventYear({&a, &b, &c}), "");
  EXPECT_EQ(InferEventYear({&b}), "");
}

TEST(DateEvent, ReportedDayBeatsBackgroundDates) {
  // Published the 9th about the 8th; a January background date must not win.
  StoredArticle a = Member("2020-07-09", {Day("2020-07-08"), Day("2020-01-19")});
  StoredArticle b = Member("2020-07-09", {Day("2020-07-08")});
  StoredArticle c = Member("2020-07-10", {Day("2020-07-08")});
  EventDate d = DateEvent({&a, &b, &c});
  EXPECT_EQ(d.date, "2020-07-08");
  EXPECT_EQ(d.date_end, "");
}

TEST(DateEvent, RangeCoveringTheDayDatesTheEvent) {
  StoredArticle a = Member("2020-07-22", {Day("2020-07-22"), Day("2020-07-21", "2020-07-22")});
  EventDate d = DateEvent({&a});
  EXPECT_EQ(d.date, "2020-07-21");
  EXPECT_EQ(d.date_end, "2020-07-22");
}

TEST(DateEvent, NothingDatedMeansUnknown) {
  DateMention unresolved;
  unresolved.value = "XXXX-WXX-2";
  StoredArticle a = Member("", {unresolved});
  EXPECT_EQ(DateEvent({&a}).date, "");
}

}  // namespace
}  // namespace storyline
