#include "ingest/byte_stream.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/gzip.h"
#include "ingest/jsonl_reader.h"
#include "ingest/reader.h"
#include "ingest/test_util.h"
#include "ingest/warc_reader.h"

namespace storyline {
namespace {

// Hands out at most `step` bytes a call, so record boundaries fall anywhere
// relative to the reads.
class TrickleFile : public SequentialFile {
 public:
  TrickleFile(std::string data, size_t step) : data_(std::move(data)), step_(step) {}
  Result<size_t> Read(char* buffer, size_t n) override {
    n = std::min({n, step_, data_.size() - pos_});
    data_.copy(buffer, n, pos_);
    pos_ += n;
    return n;
  }

 private:
  std::string data_;
  size_t step_;
  size_t pos_ = 0;
};

class FailingFile : public SequentialFile {
 public:
  Result<size_t> Read(char*, size_t) override { return Status::IoError("disk.jsonl: read failed"); }
};

TEST(BufferedInput, FillKeepsUnreadBytesAndReadDrainsThemFirst) {
  TrickleFile file("abcdefghij", 3);
  BufferedInput in(&file, /*chunk_bytes=*/4);
  in.Fill(5);
  ASSERT_TRUE(in.status().ok());
  EXPECT_GE(in.available().size(), 5u);
  EXPECT_EQ(in.available().substr(0, 5), "abcde");
  in.Consume(2);
  char out[16];
  auto got = in.Read(out, 2);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(std::string(out, *got), "cd");
  std::string rest;
  while (true) {
    auto n = in.Read(out, sizeof(out));
    ASSERT_TRUE(n.ok());
    if (*n == 0) break;
    rest.append(out, *n);
  }
  EXPECT_EQ(rest, "efghij");
}

TEST(ReadJsonLinesStream, RecordsSplitAcrossReadsKeepTheirLineNumbers) {
  std::string data = "{\"id\":\"a\",\"text\":\"first\"}\r\n\n{bad json}\n{\"id\":\"b\",\"text\":\"" +
                     std::string(300, 'x') + "\"}\n{\"id\":\"c\",\"text\":\"last, no newline\"}";
  for (size_t step : {1, 2, 7, 64, 1000}) {
    for (size_t chunk : {1, 5, 16, 4096}) {
      TrickleFile file(data, step);
      BufferedInput in(&file, chunk);
      Collected c;
      EXPECT_EQ(ReadJsonLines(&in, "s.jsonl", 1 << 20, c.Sink(), c.Errors()), 3u);
      ASSERT_EQ(c.docs.size(), 3u) << step << " " << chunk;
      EXPECT_EQ(c.docs[0].record, 1u);
      EXPECT_EQ(c.docs[1].text, std::string(300, 'x'));
      EXPECT_EQ(c.docs[1].record, 4u);
      EXPECT_EQ(c.docs[2].text, "last, no newline");
      ASSERT_EQ(c.errors.size(), 1u);
      EXPECT_EQ(c.errors[0].rfind("s.jsonl:3: ", 0), 0u) << c.errors[0];
    }
  }
}

TEST(ReadJsonLinesStream, AnOverlongLineIsReportedAndSkipped) {
  std::string data = "{\"id\":\"a\",\"text\":\"" + std::string(5000, 'y') + "\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n";
  TrickleFile file(data, 100);
  BufferedInput in(&file, /*chunk_bytes=*/256);
  Collected c;
  EXPECT_EQ(ReadJsonLines(&in, "big.jsonl", 1000, c.Sink(), c.Errors()), 1u);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "b");
  EXPECT_EQ(c.docs[0].record, 2u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0], "big.jsonl:1: record longer than 1000 bytes");
  // The window never held much more than the limit plus a chunk.
}

TEST(ReadJsonLinesStream, AReadErrorIsReportedWithTheFile) {
  FailingFile file;
  BufferedInput in(&file);
  Collected c;
  EXPECT_EQ(ReadJsonLines(&in, "disk.jsonl", 1 << 20, c.Sink(), c.Errors()), 0u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0], "disk.jsonl: read failed");
}

std::string Record(const std::string& uri, const std::string& html) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Record-ID: <" + uri +
         ">\r\nContent-Length: " + std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
}

TEST(ReadWarcStream, RecordsSplitAcrossReadsAndAnOversizedBlockIsSkipped) {
  std::string big = "<html><body><p>" + std::string(3000, 'z') + "</p></body></html>";
  std::string data = Record("http://a.example/1", "<html><body><p>First page text.</p></body></html>") +
                     Record("http://a.example/2", big) +
                     Record("http://a.example/3", "<html><body><p>Third page text.</p></body></html>");
  for (size_t step : {1, 13, 500}) {
    TrickleFile file(data, step);
    BufferedInput in(&file, /*chunk_bytes=*/64);
    Collected c;
    EXPECT_EQ(ReadWarc(&in, "crawl.warc", 1000, c.Sink(), c.Errors()), 2u);
    ASSERT_EQ(c.docs.size(), 2u);
    EXPECT_EQ(c.docs[0].url, "http://a.example/1");
    EXPECT_EQ(c.docs[1].url, "http://a.example/3");
    EXPECT_EQ(c.docs[1].record, 3u);
    ASSERT_EQ(c.errors.size(), 1u);
    EXPECT_NE(c.errors[0].find("crawl.warc: record 2: block of "), std::string::npos) << c.errors[0];
  }
}

TEST(GunzipFile, InflatesEveryMemberAndReportsTruncation) {
  // Two gzip members of "hello " and "world" (gzip -c, concatenated).
  const unsigned char kTwoMembers[] = {
      0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x57,
      0x00, 0x00, 0xf6, 0xf9, 0x81, 0xed, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00,
      0x00, 0x00, 0x00, 0x03, 0x2b, 0xcf, 0x2f, 0xca, 0x49, 0x01, 0x00, 0x43, 0x11, 0x77, 0x3a, 0x05,
      0x00, 0x00, 0x00};
  std::string gz(reinterpret_cast<const char*>(kTwoMembers), sizeof(kTwoMembers));
  auto inflate_all = [](SequentialFile* f, std::string* out) -> Status {
    char buffer[3];
    while (true) {
      auto n = f->Read(buffer, sizeof(buffer));
      if (!n.ok()) return n.status();
      if (*n == 0) return Status::Ok();
      out->append(buffer, *n);
    }
  };
  TrickleFile whole(gz, 5);
  std::string out;
  ASSERT_TRUE(inflate_all(NewGunzipFile(&whole, "t.gz").get(), &out).ok());
  EXPECT_EQ(out, "hello world");

  TrickleFile cut(gz.substr(0, gz.size() - 6), 5);
  out.clear();
  Status s = inflate_all(NewGunzipFile(&cut, "t.gz").get(), &out);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("t.gz: gzip data is truncated"), std::string::npos) << s.message();

  TrickleFile empty("", 5);  // not even one member
  out.clear();
  s = inflate_all(NewGunzipFile(&empty, "e.gz").get(), &out);
  EXPECT_EQ(s.message(), "e.gz: gzip data is truncated");
}

// A .jsonl.gz cut short (a download that stopped): the records before the cut
// are read, then the cut is reported with the file's name.
TEST(ReadDocuments, TruncatedGzipJsonLinesKeepsTheRecordsBeforeTheCut) {
  std::string jsonl;
  uint32_t state = 7;
  for (int i = 0; i < 400; ++i) {
    std::string words;
    for (int w = 0; w < 40; ++w) {
      state = state * 1103515245u + 12345u;
      words += std::to_string(state >> 8) + " ";
    }
    jsonl += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"" + words + "\"}\n";
  }
  std::string gz = Gzip(jsonl);
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("feed.jsonl.gz", gz).ok());
  ASSERT_TRUE(fs.WriteFile("cut.jsonl.gz", gz.substr(0, gz.size() / 2)).ok());
  IngestOptions options;
  options.chunk_bytes = 4096;
  Collected whole;
  ASSERT_TRUE(ReadDocuments({"feed.jsonl.gz"}, fs, options, whole.Sink(), whole.Errors()).ok());
  EXPECT_EQ(whole.docs.size(), 400u);
  EXPECT_TRUE(whole.errors.empty());
  Collected cut;
  ASSERT_TRUE(ReadDocuments({"cut.jsonl.gz"}, fs, options, cut.Sink(), cut.Errors()).ok());
  EXPECT_GT(cut.docs.size(), 100u);
  EXPECT_LT(cut.docs.size(), 400u);
  for (size_t i = 0; i < cut.docs.size(); ++i) EXPECT_EQ(cut.docs[i].text, whole.docs[i].text);
  ASSERT_FALSE(cut.errors.empty());
  EXPECT_EQ(cut.errors.back(), "cut.jsonl.gz: gzip data is truncated");
}

}  // namespace
}  // namespace storyline
