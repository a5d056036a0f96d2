#include "summary/event_summary.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

ArticleText Article(std::string id, std::string text) {
  return ArticleText{std::move(id), "2020-07-08", std::move(text), {}};
}

TEST(EventSummary, IdenticalSentenceInTwoArticlesIsOneSentenceWithBothSources) {
  std::vector<ArticleText> articles = {
      Article("a", "Russia and Turkey agreed to work for a ceasefire in Libya.\n"
                   "The talks were held in Moscow on Wednesday afternoon."),
      Article("b", "Russia and Turkey agreed to work for a ceasefire in Libya.\n"
                   "Weather in the capital was sunny and warm all week long."),
  };
  EventSummary s = SummarizeEvent("e1", articles, {.max_sentences = 3});
  EXPECT_EQ(s.event, "e1");
  int ceasefire = 0;
  for (const SummarySentence& sent : s.sentences) {
    if (sent.text.find("ceasefire") == std::string::npos) continue;
    ++ceasefire;
    EXPECT_EQ(sent.sources, (std::vector<std::string>{"a", "b"}));
  }
  EXPECT_EQ(ceasefire, 1);
}

TEST(EventSummary, SpansPointIntoTheSourceArticle) {
  std::vector<ArticleText> articles = {
      Article("x", "Short.\nThe earthquake struck the capital early on Tuesday morning."),
  };
  EventSummary s = SummarizeEvent("e2", articles);
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_EQ(s.sentences[0].article, "x");
  EXPECT_EQ(s.sentences[0].span.In(articles[0].text), s.sentences[0].text);
  EXPECT_EQ(s.sentences[0].sources, std::vector<std::string>{"x"});
}

TEST(EventSummary, NoArticlesGiveAnEmptySummary) {
  EXPECT_TRUE(SummarizeEvent("e3", {}).sentences.empty());
}

TEST(EventSummary, DistinctSentencesFromDifferentArticlesAreKeptApart) {
  std::vector<ArticleText> articles = {
      Article("a", "The ministers met in Ankara to discuss the Libyan conflict."),
      Article("b", "A joint working group on Libya will be considered by both sides."),
  };
  EventSummary s = SummarizeEvent("e4", articles, {.max_sentences = 2});
  ASSERT_EQ(s.sentences.size(), 2u);
  EXPECT_EQ(s.sentences[0].sources.size(), 1u);
  EXPECT_EQ(s.sentences[1].sources.size(), 1u);
}

}  // namespace
}  // namespace storyline
