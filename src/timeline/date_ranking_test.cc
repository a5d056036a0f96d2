#include "timeline/date_ranking.h"

#include <gtest/gtest.h>

#include "timeline/iso_day.h"

namespace storyline {
namespace {

DatedSentence Sentence(size_t article, std::string pub, std::vector<std::string> days) {
  DatedSentence s;
  s.article_index = article;
  s.pub_date = std::move(pub);
  s.mentioned_dates = std::move(days);
  return s;
}

TEST(DateRanking, HeavilyMentionedDayRanksFirst) {
  std::vector<DatedSentence> s = {
      Sentence(0, "2010-05-01", {"2010-04-20"}), Sentence(1, "2010-05-02", {"2010-04-20"}),
      Sentence(2, "2010-05-03", {"2010-04-20"}), Sentence(3, "2010-05-03", {"2010-04-22"})};
  auto ranked = RankDates(s, std::vector<bool>(s.size(), true), {});
  ASSERT_GE(ranked.size(), 2u);
  EXPECT_EQ(FormatIsoDay(ranked[0].day), "2010-04-20");
  EXPECT_EQ(ranked[0].mention_articles, 3u);
  EXPECT_EQ(FormatIsoDay(ranked[1].day), "2010-04-22");
}

TEST(DateRanking, RepeatsWithinOneArticleCountOnceAsArticles) {
  std::vector<DatedSentence> s = {Sentence(0, "", {"2010-04-20"}), Sentence(0, "", {"2010-04-20"}),
                                  Sentence(1, "", {"2010-04-21"}), Sentence(2, "", {"2010-04-21"})};
  auto ranked = RankDates(s, std::vector<bool>(s.size(), true), {});
  ASSERT_EQ(ranked.size(), 2u);
  EXPECT_EQ(FormatIsoDay(ranked[0].day), "2010-04-21");
  EXPECT_EQ(ranked[1].mention_sentences, 2u);
}

TEST(DateRanking, PublicationCountsWhenWeighted) {
  std::vector<DatedSentence> s = {Sentence(0, "2010-05-01", {}), Sentence(1, "2010-05-01", {}),
                                  Sentence(2, "2010-05-02", {"2010-04-20"})};
  DateRankOptions options;
  options.weights = {.mention_articles = 1.0, .published = 1.0};
  auto ranked = RankDates(s, std::vector<bool>(s.size(), true), options);
  ASSERT_GE(ranked.size(), 1u);
  EXPECT_EQ(FormatIsoDay(ranked[0].day), "2010-05-01");
  EXPECT_EQ(ranked[0].published, 2u);
}

TEST(DateRanking, DaysOutsideTheWindowAndInactiveSentencesAreIgnored) {
  std::vector<DatedSentence> s = {Sentence(0, "", {"2009-01-01"}), Sentence(1, "", {"2010-04-20"}),
                                  Sentence(2, "", {"2010-04-21"})};
  DateRankOptions options;
  options.first_day = *ParseIsoDay("2010-01-01");
  auto ranked = RankDates(s, {true, true, false}, options);
  ASSERT_EQ(ranked.size(), 1u);
  EXPECT_EQ(FormatIsoDay(ranked[0].day), "2010-04-20");
}

TEST(DateRanking, OnlyTheFirstMentionCountsByDefault) {
  std::vector<DatedSentence> s = {Sentence(0, "", {"2010-04-20", "2010-04-21"})};
  EXPECT_EQ(RankDates(s, {true}, {}).size(), 1u);
  DateRankOptions all;
  all.first_mention_only = false;
  EXPECT_EQ(RankDates(s, {true}, all).size(), 2u);
}

}  // namespace
}  // namespace storyline
