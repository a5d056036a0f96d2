#include "timeline/timeline_builder.h"

#include <gtest/gtest.h>

#include "timeline/fake_tagger_test_util.h"

namespace storyline {
namespace {

TimelineInput Article(std::string id, std::string pub, std::string text) {
  return TimelineInput{std::move(id), std::move(pub), std::move(text), {}};
}

// Three articles report the 2010-04-20 explosion; one mentions a hearing on
// 2010-05-11; one is about something else on 2010-04-25.
std::vector<TimelineInput> SpillStory() {
  return {
      Article("a1", "2010-04-21", "The Deepwater Horizon rig exploded on 2010-04-20 , killing 11 workers .\n"
                                  "Coast Guard ships searched the Gulf for survivors overnight ."),
      Article("a2", "2010-04-22", "BP said the rig explosion on 2010-04-20 killed 11 workers in the Gulf .\n"
                                  "The rig sank yesterday after burning for two days ."),
      Article("a3", "2010-04-23", "Eleven workers died when the Deepwater Horizon rig exploded on 2010-04-20 .\n"
                                  "A congressional hearing on the oil spill is set for 2010-05-11 ."),
      Article("a4", "2010-04-26", "Fishermen rallied in New Orleans on 2010-04-25 over the oil spill ."),
  };
}

TEST(TimelineBuilder, PrefersHeavilyMentionedDaysAndListsThemOldestFirst) {
  TimelineOptions options;
  options.max_dates = 2;
  options.min_words = 3;
  auto timeline = BuildTimeline(SpillStory(), testing::FakeTagDates, options);
  ASSERT_EQ(timeline.size(), 2u);
  EXPECT_EQ(timeline[0].date, "2010-04-20");
  EXPECT_LT(timeline[0].date, timeline[1].date);
}

TEST(TimelineBuilder, EachEntryCitesTheArticlesReportingIt) {
  TimelineOptions options;
  options.max_dates = 10;
  options.min_words = 3;
  auto timeline = BuildTimeline(SpillStory(), testing::FakeTagDates, options);
  ASSERT_FALSE(timeline.empty());
  EXPECT_EQ(timeline[0].date, "2010-04-20");
  EXPECT_EQ(timeline[0].articles, (std::vector<std::string>{"a1", "a2", "a3"}));
  for (const TimelineEntry& e : timeline) {
    if (e.date == "2010-04-25") {
      EXPECT_EQ(e.articles, std::vector<std::string>{"a4"});
    } else if (e.date == "2010-05-11") {
      EXPECT_EQ(e.articles, std::vector<std::string>{"a3"});
    }
  }
}

TEST(TimelineBuilder, RedundantSentencesAreNotRepeatedWithinADay) {
  std::vector<TimelineInput> articles = {
      Article("a", "2010-04-21", "The rig exploded on 2010-04-20 in the Gulf of Mexico ."),
      Article("b", "2010-04-21", "The rig exploded on 2010-04-20 in the Gulf of Mexico ."),
      Article("c", "2010-04-21", "Eleven workers were missing after the blast on 2010-04-20 ."),
  };
  TimelineOptions options;
  options.sentences_per_date = 3;
  options.min_words = 3;
  auto timeline = BuildTimelineDates(articles, testing::FakeTagDates, options);
  ASSERT_EQ(timeline.size(), 1u);
  ASSERT_EQ(timeline[0].sentences.size(), 2u);
  EXPECT_NE(timeline[0].sentences[0].text, timeline[0].sentences[1].text);
}

TEST(TimelineBuilder, QueryTermsFilterTheChosenSentences) {
  TimelineOptions options;
  options.min_words = 3;
  options.query_terms = {"spill"};
  for (const TimelineEntry& e : BuildTimeline(SpillStory(), testing::FakeTagDates, options)) {
    EXPECT_NE(e.text.find("spill"), std::string::npos) << e.date << ": " << e.text;
  }
}

TEST(TimelineBuilder, WindowExcludesArticlesAndDaysOutsideIt) {
  TimelineOptions options;
  options.min_words = 3;
  options.start = "2010-04-24";
  options.end = "2010-04-30";
  auto timeline = BuildTimeline(SpillStory(), testing::FakeTagDates, options);
  ASSERT_FALSE(timeline.empty());
  for (const TimelineEntry& e : timeline) {
    EXPECT_GE(e.date, "2010-04-24");
    EXPECT_LE(e.date, "2010-04-30");
    EXPECT_EQ(e.articles, std::vector<std::string>{"a4"});
  }
}

TEST(TimelineBuilder, WithoutATaggerPublicationDaysStillGiveATimeline) {
  TimelineOptions options;
  options.min_words = 3;
  options.date_weights = {.mention_articles = 1.0, .published = 1.0};
  auto timeline = BuildTimeline(SpillStory(), nullptr, options);
  EXPECT_FALSE(timeline.empty());
  EXPECT_TRUE(BuildTimeline({}, nullptr, options).empty());
}

}  // namespace
}  // namespace storyline
