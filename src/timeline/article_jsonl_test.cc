#include "timeline/article_jsonl.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(ArticleJsonl, ReadsTimeline17Records) {
  auto r = ParseArticlesJsonl(
      "{\"id\": \"bp/1.txt\", \"time\": \"2010-04-21\", \"source_dir\": \"x\", \"text\": \"A .\\nB .\\n\"}\n"
      "\n{\"id\": 7, \"published\": \"2010-04-22\", \"text\": \"C .\"}\n",
      "in.jsonl");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].id, "bp/1.txt");
  EXPECT_EQ((*r)[0].published, "2010-04-21");
  EXPECT_EQ((*r)[0].text, "A .\nB .\n");
  EXPECT_EQ((*r)[1].id, "7");
  EXPECT_EQ((*r)[1].published, "2010-04-22");
}

TEST(ArticleJsonl, ErrorsNameTheLine) {
  auto r = ParseArticlesJsonl("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\"}\n", "in.jsonl");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("in.jsonl:2"), std::string::npos);
  EXPECT_FALSE(ParseArticlesJsonl("not json\n", "f").ok());
}

TEST(ArticleJsonl, KeywordsAreAListOfStrings) {
  auto k = ParseKeywordsJson("[\"bp\", \"oil\", \"spill\"]", "k.json");
  ASSERT_TRUE(k.ok());
  EXPECT_EQ(*k, (std::vector<std::string>{"bp", "oil", "spill"}));
  EXPECT_FALSE(ParseKeywordsJson("{\"a\": 1}", "k.json").ok());
}

}  // namespace
}  // namespace storyline
