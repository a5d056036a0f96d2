#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace storyline {
namespace {

TEST(JsonLines, ReadsT17StyleFields) {
  Collected c;
  std::string data =
      "{\"id\": \"MJ_bbc/2009-06-27/114.htm.txt\", \"time\": \"2009-06-27\", "
      "\"source_dir\": \"MJ_bbc\", \"text\": \"Line one . \\nLine two . \\n\"}\n";
  ASSERT_TRUE(ReadBuffer(data, "t17.jsonl", "jsonl", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  const RawDocument& d = c.docs[0];
  EXPECT_EQ(d.id, "MJ_bbc/2009-06-27/114.htm.txt");
  EXPECT_EQ(d.published, "2009-06-27");
  EXPECT_EQ(d.outlet, "MJ_bbc");
  EXPECT_EQ(d.text, "Line one . \nLine two . \n");
  EXPECT_EQ(d.record, 1u);
  EXPECT_EQ(d.format, "jsonl");
}

TEST(JsonLines, OutletFieldBeatsSourceDirWhateverTheOrder) {
  Collected c;
  std::string data = "{\"source_dir\":\"dir\",\"text\":\"t\",\"outlet\":\"TASS\",\"url\":\"http://x\"}\n";
  ASSERT_TRUE(ReadBuffer(data, "a.jsonl", "jsonl", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].outlet, "TASS");
  EXPECT_EQ(c.docs[0].url, "http://x");
}

TEST(JsonLines, BadLinesAreReportedWithLineNumberAndTheRestContinues) {
  Collected c;
  std::string data =
      "{\"id\":\"a\",\"text\":\"one\"}\n"
      "this is not json\n"
      "\n"
      "{\"id\":\"c\",\"title\":\"no text\"}\n"
      "{\"id\":\"d\",\"text\":\"four\"}\n";
  ASSERT_TRUE(ReadBuffer(data, "feed.jsonl", "jsonl", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].id, "d");
  EXPECT_EQ(c.docs[1].record, 5u);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].rfind("feed.jsonl:2: ", 0), 0u) << c.errors[0];
  EXPECT_EQ(c.errors[1].rfind("feed.jsonl:4: ", 0), 0u) << c.errors[1];
  EXPECT_NE(c.errors[1].find("text"), std::string::npos);
}

TEST(JsonLines, HtmlFieldIsConvertedAndNumericIdKept) {
  Collected c;
  std::string data = "{\"id\":17,\"html\":\"<p>First <b>para</b>.</p><p>Second.</p>\"}";
  ASSERT_TRUE(ReadBuffer(data, "a.jsonl", "jsonl", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "17");
  EXPECT_EQ(c.docs[0].text, "First para.\n\nSecond.");
}

TEST(JsonLines, SourceObjectGivesItsName) {
  Collected c;
  std::string data = "{\"source\":{\"id\":\"bbc-news\",\"name\":\"BBC News\"},\"publishedAt\":1,"
                     "\"published_at\":1594200000,\"text\":\"t\"}";
  ASSERT_TRUE(ReadBuffer(data, "a.jsonl", "jsonl", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].outlet, "BBC News");
  EXPECT_EQ(c.docs[0].published, "1594200000");
}

TEST(JsonLines, MissingIdFallsBackToStemAndLine) {
  Collected c;
  ASSERT_TRUE(ReadBuffer("\n{\"text\":\"x\"}", "dir/feed.jsonl", "jsonl", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "feed-2");
}

TEST(JsonFile, ArrayOfObjectsAndPrettyObject) {
  Collected c;
  ASSERT_TRUE(ReadBuffer("[{\"id\":\"a\",\"text\":\"x\"}, 5, {\"id\":\"b\",\"text\":\"y\"}]",
                         "a.json", "json", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].record, 3u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("record 2"), std::string::npos);

  Collected p;
  ASSERT_TRUE(ReadBuffer("{\n  \"id\": \"p\",\n  \"text\": \"pretty\"\n}\n", "p.json", "json",
                         p.Sink(), p.Errors()).ok());
  ASSERT_EQ(p.docs.size(), 1u);
  EXPECT_EQ(p.docs[0].text, "pretty");
}

TEST(FileStem, DropsFoldersAndExtensions) {
  EXPECT_EQ(FileStem("a/b/000_x.txt"), "000_x");
  EXPECT_EQ(FileStem("c.warc.gz"), "c");
  EXPECT_EQ(FileStem("noext"), "noext");
}

}  // namespace
}  // namespace storyline
