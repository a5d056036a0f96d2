#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "ingest/test_util.h"

namespace storyline {
namespace {

TEST(ReadDocuments, TextFileIdIsFileStem) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("in/000_abc.txt", "Headline\n\nBody text.").ok());
  Collected c;
  ASSERT_TRUE(ReadDocuments({"in/000_abc.txt"}, fs, {}, c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "000_abc");
  EXPECT_EQ(c.docs[0].format, "txt");
  EXPECT_EQ(c.docs[0].source, "in/000_abc.txt");
  EXPECT_EQ(c.docs[0].text, "Headline\n\nBody text.");
}

TEST(ReadDocuments, FolderIsReadRecursivelyInSortedOrder) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("d/b.txt", "second").ok());
  ASSERT_TRUE(fs.WriteFile("d/a.txt", "first").ok());
  ASSERT_TRUE(fs.WriteFile("d/sub/c.jsonl", "{\"id\":\"x\",\"text\":\"third\"}\n").ok());
  Collected c;
  ASSERT_TRUE(ReadDocuments({"d"}, fs, {}, c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].text, "first");
  EXPECT_EQ(c.docs[1].text, "second");
  EXPECT_EQ(c.docs[2].id, "x");
  EXPECT_TRUE(c.errors.empty());
}

TEST(ReadDocuments, FolderSkipsFilesOfUnknownTypeButNamedFilesAreRead) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("seeds/000.txt", "An article.").ok());
  ASSERT_TRUE(fs.WriteFile("seeds/EXPECTED.md", "# Notes").ok());
  ASSERT_TRUE(fs.WriteFile("seeds/.hidden.txt", "hidden").ok());
  Collected c;
  ASSERT_TRUE(ReadDocuments({"seeds", "seeds/EXPECTED.md"}, fs, {}, c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "000");
  EXPECT_EQ(c.docs[1].id, "EXPECTED");
}

TEST(ReadDocuments, MissingFileIsNamedAndOthersAreStillRead) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("ok.txt", "text").ok());
  Collected c;
  Status s = ReadDocuments({"missing.txt", "ok.txt"}, fs, {}, c.Sink(), c.Errors());
  EXPECT_TRUE(s.ok());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("missing.txt"), std::string::npos);
  EXPECT_EQ(c.docs.size(), 1u);
}

TEST(ReadDocuments, FailsWhenNothingCouldBeRead) {
  MemFileSystem fs;
  Collected c;
  Status s = ReadDocuments({"nope.txt"}, fs, {}, c.Sink(), c.Errors());
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("nope.txt"), std::string::npos);
}

TEST(ReadDocuments, DashReadsStandardInputAndSniffsFormat) {
  MemFileSystem fs;
  std::istringstream in("{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n");
  IngestOptions options;
  options.standard_input = &in;
  Collected c;
  ASSERT_TRUE(ReadDocuments({"-"}, fs, options, c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].id, "b");
  EXPECT_EQ(c.docs[1].source, "-");
}

TEST(ReadDocuments, OversizedFileIsRejectedWithItsName) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("big.txt", std::string(100, 'x')).ok());
  IngestOptions options;
  options.max_file_bytes = 10;
  Collected c;
  EXPECT_FALSE(ReadDocuments({"big.txt"}, fs, options, c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("big.txt"), std::string::npos);
}

TEST(ReadDocuments, EmptyTextFileIsAnError) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("empty.txt", "  \n").ok());
  Collected c;
  EXPECT_FALSE(ReadDocuments({"empty.txt"}, fs, {}, c.Sink(), c.Errors()).ok());
  EXPECT_EQ(c.docs.size(), 0u);
}

TEST(DetectFormat, UsesExtensionThenContent) {
  EXPECT_EQ(DetectFormat("a/b.JSONL", ""), "jsonl");
  EXPECT_EQ(DetectFormat("x.warc.gz", ""), "warc.gz");
  EXPECT_EQ(DetectFormat("page.htm", ""), "html");
  EXPECT_EQ(DetectFormat("feed.xml", ""), "feed");
  EXPECT_EQ(DetectFormat("noext", "WARC/1.0\r\n"), "warc");
  EXPECT_EQ(DetectFormat("noext", "  <!DOCTYPE html><html>"), "html");
  EXPECT_EQ(DetectFormat("noext", "<?xml version=\"1.0\"?><rss version=\"2.0\">"), "feed");
  EXPECT_EQ(DetectFormat("noext", "{\"text\":\"a\"}"), "jsonl");
  EXPECT_EQ(DetectFormat("noext", "Plain words."), "txt");
}

TEST(ReadBuffer, UnknownFormatIsUnsupported) {
  Collected c;
  Status s = ReadBuffer("data", "buf", "pdf", c.Sink(), c.Errors());
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Every reader must survive arbitrary bytes and truncated input without crashing;
// what it reports is not checked here, only that it returns.
TEST(ReadBuffer, SurvivesGarbageAndTruncationInEveryFormat) {
  std::string sample =
      "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"
      "<html><body><p>Some text here.</p></body></html>\r\n\r\n"
      "{\"id\":\"a\",\"text\":\"x\"}\n<rss><channel><item><description>d</description></item></channel></rss>";
  uint32_t state = 12345;
  std::string noise;
  for (int i = 0; i < 2000; ++i) {
    state = state * 1103515245u + 12345u;
    noise.push_back(static_cast<char>(state >> 24));
  }
  for (const char* format : {"txt", "jsonl", "json", "html", "feed", "warc", "warc.gz", "gz", ""}) {
    for (size_t cut = 0; cut <= sample.size(); cut += 7) {
      Collected c;
      ReadBuffer(std::string_view(sample).substr(0, cut), "s", format, c.Sink(), c.Errors());
    }
    Collected c;
    ReadBuffer(noise, "noise", format, c.Sink(), c.Errors());
    ReadBuffer(sample + noise, "mixed", format, c.Sink(), c.Errors());
  }
  SUCCEED();
}

}  // namespace
}  // namespace storyline
