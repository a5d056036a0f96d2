#include "timeline/event_date.h"

#include <gtest/gtest.h>

#include "timeline/fake_tagger_test_util.h"

namespace storyline {
namespace {

TimelineInput Article(std::string id, std::string pub, std::string text) {
  return TimelineInput{std::move(id), std::move(pub), std::move(text), {}};
}

TEST(EventDate, TheReportedDayBeatsThePublicationDay) {
  std::vector<TimelineInput> articles = {
      Article("a", "2020-07-09", "Lavrov spoke yesterday about Libya ."),
      Article("b", "2020-07-09", "On 2020-07-08 the minister said a ceasefire was near ."),
      Article("c", "2020-07-10", "The talks continue ."),
  };
  EventDate d = EstimateEventDate(articles, testing::FakeTagDates);
  EXPECT_EQ(d.date, "2020-07-08");
  EXPECT_EQ(d.articles, (std::vector<std::string>{"a", "b"}));
}

TEST(EventDate, BackgroundDaysAndFutureDaysDoNotVote) {
  std::vector<TimelineInput> articles = {
      Article("a", "2020-07-08", "Since 2020-01-19 the sides have talked .\nA vote is due 2020-07-20 ."),
  };
  EXPECT_EQ(EstimateEventDate(articles, testing::FakeTagDates).date, "2020-07-08");
}

TEST(EventDate, NoDatesAtAllGiveNoDate) {
  std::vector<TimelineInput> articles = {Article("a", "", "The call took place on Tuesday .")};
  EventDate d = EstimateEventDate(articles, testing::FakeTagDates);
  EXPECT_EQ(d.date, "");
  EXPECT_TRUE(d.articles.empty());
}

TEST(EventDate, ACoarseValueIsUsedWhenNoDayIsKnown) {
  auto tagger = [](std::string_view, std::string_view) {
    DateMention m;
    m.span = {0, 7};
    m.value = "2020-10";
    m.granularity = DateGranularity::kMonth;
    m.resolved = true;
    return std::vector<DateMention>{m};
  };
  EXPECT_EQ(EstimateEventDate({Article("a", "", "October talks .")}, tagger).date, "2020-10");
}

TEST(EventDate, ARangeKeepsItsEnd) {
  auto tagger = [](std::string_view, std::string_view) {
    DateMention m;
    m.span = {3, 13};
    m.value = "2020-07-21";
    m.value_end = "2020-07-22";
    m.granularity = DateGranularity::kRange;
    m.resolved = true;
    return std::vector<DateMention>{m};
  };
  EventDate d = EstimateEventDate({Article("a", "2020-07-22", "On July 21-22 they met .")}, tagger);
  EXPECT_EQ(d.date, "2020-07-21");
  EXPECT_EQ(d.date_end, "2020-07-22");
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

TEST(EventDate, ARangeLaterInTheTextHoldingTheLeadDayDatesTheEvent) {
  // The lead names Wednesday (the 22nd); paragraph four says "on July 21-22".
  auto tagger = [](std::string_view, std::string_view) {
    DateMention wednesday;
    wednesday.span = {10, 19};
    wednesday.value = "2020-07-22";
    wednesday.granularity = DateGranularity::kDay;
    wednesday.resolved = true;
    DateMention range = wednesday;
    range.span = {200, 210};
    range.value = "2020-07-21";
    range.value_end = "2020-07-22";
    range.granularity = DateGranularity::kRange;
    return std::vector<DateMention>{wednesday, range};
  };
  std::string text = "Issued on Wednesday after talks .\n" + std::string(170, 'x') + " .\nThey met on July 21-22 .";
  EventDate d = EstimateEventDate({Article("a", "2020-07-22", text)}, tagger);
  EXPECT_EQ(d.date, "2020-07-21");
  EXPECT_EQ(d.date_end, "2020-07-22");
}

}  // namespace
}  // namespace storyline
