// The Extractor on real T17 text (../shared/data/t17, skipped when absent):
// cleaning must be conservative on ordinary articles and must learn the
// furniture an outlet repeats.
#include <gtest/gtest.h>

#include "common/hash.h"
#include "extract/extractor.h"
#include "ingest/reader.h"
#include "ingest/t17_files.h"
#include "text/normalize.h"

namespace storyline {
namespace {

std::vector<RawDocument> ReadTopics(std::initializer_list<const char*> topics) {
  auto fs = NewDiskFileSystem();
  std::vector<std::string> files = T17ArticleFiles(*fs, STORYLINE_SHARED_DIR, topics);
  std::vector<RawDocument> docs;
  ReadDocuments(files, *fs, {}, [&](RawDocument&& d) { docs.push_back(std::move(d)); },
                [](const Status&) {});  // T17 has a few empty texts; they are reported and skipped
  return docs;
}

TEST(ExtractT17, CleaningKeepsAlmostAllOfOrdinaryArticles) {
  std::vector<RawDocument> docs = ReadTopics({"mj", "haiti", "h1n1"});
  if (docs.empty()) GTEST_SKIP() << "T17 data absent";
  Extractor extractor;
  double kept_share = 0;
  size_t big = 0, english = 0;
  for (const RawDocument& doc : docs) {
    Article a = extractor.Extract(doc);
    for (const Paragraph& p : a.paragraphs) {
      ASSERT_EQ(a.raw.substr(p.raw_begin, p.text.size()), p.text.In(a.text)) << a.id;
    }
    ASSERT_EQ(a.content_hash, Hash64(NormalizeForHash(a.text))) << a.id;
    english += a.language == "en";
    if (a.raw.size() <= 1024) continue;
    ++big;
    kept_share += static_cast<double>(a.text.size()) / static_cast<double>(a.raw.size());
  }
  ASSERT_GT(big, 500u);
  EXPECT_GE(kept_share / static_cast<double>(big), 0.95);
  EXPECT_GE(static_cast<double>(english) / static_cast<double>(docs.size()), 0.98);
}

TEST(ExtractT17, RepeatedOutletNoticesAreRemovedOnceLearned) {
  std::vector<RawDocument> docs = ReadTopics({"bpoil"});
  if (docs.empty()) GTEST_SKIP() << "T17 data absent";
  const std::string notice = "Views expressed in the comments do not represent those of Reuters .";
  Extractor extractor;
  size_t with_notice = 0, kept_after_learning = 0;
  for (const RawDocument& doc : docs) {
    if (doc.outlet != "bpoil_reuters" || doc.text.find(notice) == std::string::npos) continue;
    Article a = extractor.Extract(doc);
    if (++with_notice > 3 && a.text.find(notice) != std::string::npos) ++kept_after_learning;
  }
  ASSERT_GT(with_notice, 50u);
  EXPECT_EQ(kept_after_learning, 0u);
}

}  // namespace
}  // namespace storyline
