#include "ingest/warc_reader.h"

#include <gtest/gtest.h>

#include "ingest/gzip.h"
#include "ingest/test_util.h"

namespace storyline {
namespace {

std::string Record(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2020-07-09T01:02:03Z\r\nWARC-Record-ID: <urn:uuid:" + uri.substr(uri.size() - 1) +
         ">\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Response(const std::string& content_type, const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\n\r\n" + body;
}

const std::string kPage =
    "<html><head><title>Libya talks</title></head><body><p>Russia and Turkey held talks on Libya "
    "in Ankara this week.</p></body></html>";

std::string SampleWarc() {
  return Record("warcinfo", "urn:info0", "software: test") +
         Record("response", "https://ex.com/1", Response("text/html; charset=utf-8", kPage)) +
         Record("response", "https://ex.com/img2", Response("image/png", "\x89PNG")) +
         Record("request", "https://ex.com/3", "GET / HTTP/1.1\r\n\r\n");
}

TEST(Warc, HtmlResponsesBecomeDocuments) {
  Collected c;
  ASSERT_TRUE(ReadBuffer(SampleWarc(), "crawl.warc", "warc", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  const RawDocument& d = c.docs[0];
  EXPECT_EQ(d.url, "https://ex.com/1");
  EXPECT_EQ(d.published, "2020-07-09T01:02:03Z");  // crawl time: the page states none
  EXPECT_EQ(d.id, "<urn:uuid:1>");
  EXPECT_EQ(d.title, "Libya talks");
  EXPECT_EQ(d.text, "Russia and Turkey held talks on Libya in Ankara this week.");
  EXPECT_EQ(d.record, 2u);
  EXPECT_EQ(d.format, "warc");
  EXPECT_TRUE(c.errors.empty());
}

TEST(Warc, GzippedFileIsInflated) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("c.warc.gz", Gzip(SampleWarc())).ok());
  Collected c;
  ASSERT_TRUE(ReadDocuments({"c.warc.gz"}, fs, {}, c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].url, "https://ex.com/1");
}

TEST(Warc, TruncatedRecordIsReportedAfterEarlierDocuments) {
  std::string data = SampleWarc() + "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nshort";
  Collected c;
  ASSERT_TRUE(ReadBuffer(data, "t.warc", "warc", c.Sink(), c.Errors()).ok());
  EXPECT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("t.warc: record 5"), std::string::npos) << c.errors[0];
}

TEST(Gunzip, CorruptDataAndSizeCapAreErrors) {
  EXPECT_FALSE(Gunzip("\x1f\x8bnot really gzip", 1000).ok());
  std::string big(10000, 'a');
  EXPECT_FALSE(Gunzip(Gzip(big), 100).ok());
  Result<std::string> two = Gunzip(Gzip("ab") + Gzip("cd"), 100);
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(*two, "abcd");
}

}  // namespace
}  // namespace storyline
