#include "timeline/dated_sentences.h"

#include <gtest/gtest.h>

#include "timeline/fake_tagger_test_util.h"

namespace storyline {
namespace {

TEST(DatedSentences, MentionsAttachToTheSentenceHoldingThem) {
  std::vector<TimelineInput> articles = {
      {"a", "2010-04-22", "The rig exploded on 2010-04-20 .\nIt sank yesterday .\nNo date here .", {}}};
  auto s = CollectDatedSentences(articles, testing::FakeTagDates);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].mentioned_dates, std::vector<std::string>{"2010-04-20"});
  EXPECT_EQ(s[1].mentioned_dates, std::vector<std::string>{"2010-04-21"});  // anchor = publication day
  EXPECT_TRUE(s[2].mentioned_dates.empty());
  EXPECT_EQ(s[2].pub_date, "2010-04-22");
  EXPECT_EQ(s[2].position, 2u);
  EXPECT_EQ(s[1].span.In(articles[0].text), s[1].text);
}

TEST(DatedSentences, CoarseValuesDoNotTieASentenceToADay) {
  auto tagger = [](std::string_view, std::string_view) {
    DateMention m;
    m.span = {0, 4};
    m.value = "2010-04";
    m.granularity = DateGranularity::kMonth;
    return std::vector<DateMention>{m};
  };
  auto s = CollectDatedSentences({{"a", "", "April was calm .", {}}}, tagger);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_TRUE(s[0].mentioned_dates.empty());
  EXPECT_EQ(s[0].pub_date, "");
}

TEST(DatedSentences, NoTaggerMeansPublicationDatesOnly) {
  auto s = CollectDatedSentences({{"a", "2010-04-22T08:00:00", "On 2010-04-20 it began .", {}}}, nullptr);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_TRUE(s[0].mentioned_dates.empty());
  EXPECT_EQ(s[0].pub_date, "2010-04-22");
}

}  // namespace
}  // namespace storyline
