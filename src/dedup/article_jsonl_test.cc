#include "dedup/article_jsonl.h"

#include <gtest/gtest.h>

#include "common/hash.h"
#include "text/normalize.h"

namespace storyline::dedup {
namespace {

TEST(ArticleJsonl, ReadsFieldsAndAlternativeNames) {
  JsonlArticles r = ParseArticlesJsonl(
      "{\"id\": \"a\", \"text\": \"Hello World\", \"time\": \"2010-04-06\", \"source_dir\": \"bbc\"}\n"
      "{\"id\": 7, \"text\": \"x\", \"published\": \"2020-07-08T10:00:00Z\", \"outlet\": \"TASS\"}\n",
      "in.jsonl");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.articles[0].published.value, "2010-04-06");
  EXPECT_EQ(r.articles[0].outlet, "bbc");
  EXPECT_EQ(r.articles[0].content_hash, Hash64(NormalizeForHash("hello, world!")));
  EXPECT_EQ(r.articles[1].id, "7");
  EXPECT_EQ(r.articles[1].published.value, "2020-07-08");
  EXPECT_EQ(r.articles[1].outlet, "TASS");
}

TEST(ArticleJsonl, MalformedLinesAreReportedWithFileAndLineAndSkipped) {
  JsonlArticles r = ParseArticlesJsonl(
      "{\"id\": \"a\", \"text\": \"ok\"}\n{not json\n\n{\"id\": \"b\"}\n{\"id\": \"c\", \"text\": \"ok\"}\n",
      "feed.jsonl");
  ASSERT_EQ(r.articles.size(), 2u);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].rfind("feed.jsonl:2: ", 0), 0u) << r.errors[0];
  EXPECT_EQ(r.errors[1], "feed.jsonl:4: missing string field \"text\"");
}

TEST(ArticleJsonl, UnknownDateStaysEmpty) {
  JsonlArticles r = ParseArticlesJsonl("{\"id\": \"a\", \"text\": \"t\", \"time\": \"July 2020\"}", "x");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_FALSE(r.articles[0].published.known());
}

}  // namespace
}  // namespace storyline::dedup
