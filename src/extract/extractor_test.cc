// The Extractor on the five seed articles (../shared/seeds, skipped when absent)
// and on small inline cases.
#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/hash.h"
#include "text/normalize.h"

namespace storyline {
namespace {

std::string SeedPath(const std::string& name) {
  return std::string(STORYLINE_SHARED_DIR) + "/seeds/" + name + ".txt";
}

// Reads a seed as the text reader would; skips the test when seeds are absent.
bool LoadSeed(const std::string& name, RawDocument* doc) {
  std::ifstream in(SeedPath(name), std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  doc->id = name;
  doc->source = SeedPath(name);
  doc->text = ss.str();
  doc->format = "txt";
  return true;
}

#define LOAD_SEED_OR_SKIP(name, doc) \
  if (!LoadSeed(name, &doc)) GTEST_SKIP() << "seeds absent: " << SeedPath(name)

std::vector<std::string> RemovedTexts(const Article& a, const std::string& reason = "") {
  std::vector<std::string> out;
  for (const RemovedLine& r : a.removed) {
    if (reason.empty() || r.reason == reason) out.emplace_back(r.raw.In(a.raw));
  }
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The invariants every Article must satisfy.
void ExpectConsistent(const Article& a) {
  for (const Paragraph& p : a.paragraphs) {
    ASSERT_LE(p.raw_begin + p.text.size(), a.raw.size());
    EXPECT_EQ(a.raw.substr(p.raw_begin, p.text.size()), std::string(p.text.In(a.text)));
  }
  EXPECT_EQ(a.content_hash, Hash64(NormalizeForHash(a.text)));
  for (const Span& s : a.sentences) EXPECT_LE(s.end, a.text.size());
}

TEST(ExtractSeeds, Tass000MetadataLineDatelineAndCredit) {
  RawDocument doc;
  LOAD_SEED_OR_SKIP("000_9b4cb2ec781377c7", doc);
  Article a = Extractor().Extract(doc);
  ExpectConsistent(a);
  EXPECT_EQ(a.outlet, "TASS");
  EXPECT_EQ(a.published.value, "2020-07-08");
  EXPECT_EQ(a.published.source, DateSource::kMetadataLine);
  EXPECT_EQ(a.dateline, "MOSCOW");
  EXPECT_EQ(a.credits, std::vector<std::string>{"TASS"});
  EXPECT_EQ(a.language, "en");
  EXPECT_TRUE(a.text.starts_with("MOSCOW, July 8. /TASS/. Turkey")) << a.text.substr(0, 80);
  EXPECT_EQ(RemovedTexts(a), std::vector<std::string>{" date 2020-07-08 "});
  EXPECT_EQ(a.paragraphs.size(), 5u);
}

TEST(ExtractSeeds, UrduPoint001OutletAndSputnikCredit) {
  RawDocument doc;
  LOAD_SEED_OR_SKIP("001_a6d6151a75f7c49e", doc);
  Article a = Extractor().Extract(doc);
  ExpectConsistent(a);
  EXPECT_EQ(a.outlet, "UrduPoint News");
  EXPECT_EQ(a.credits, std::vector<std::string>{"Sputnik"});
  EXPECT_EQ(a.published.value, "2020-07-08");
  EXPECT_EQ(a.dateline, "MOSCOW");
  EXPECT_TRUE(a.text.starts_with("MOSCOW (UrduPoint News / Sputnik - 08th July, 2020)"));
}

TEST(ExtractSeeds, Duvar002FurnitureIsRemoved) {
  RawDocument doc;
  LOAD_SEED_OR_SKIP("002_3d73dd3adbcc7228", doc);
  Article a = Extractor().Extract(doc);
  ExpectConsistent(a);
  EXPECT_EQ(a.title, "Russia working on immediate Libya ceasefire with Turkey");
  EXPECT_EQ(a.outlet, "Duvar English");
  EXPECT_FALSE(a.published.known());
  std::vector<std::string> removed = RemovedTexts(a);
  EXPECT_TRUE(Contains(removed, "Duvar English"));
  EXPECT_TRUE(Contains(removed, "Jets hit Libya's al-Watiya airbase where Turkey may build base, sources say"));
  EXPECT_TRUE(Contains(removed, "Turkey has 'criminal responsibility' for its actions in Libya, says Macron"));
  EXPECT_TRUE(std::any_of(removed.begin(), removed.end(),
                          [](const std::string& r) { return r.starts_with("Man discovers massive Roman"); }));
  std::vector<std::string> repeats = RemovedTexts(a, "repeated-lead");
  ASSERT_EQ(repeats.size(), 1u);
  EXPECT_TRUE(repeats[0].ends_with("Russian Foreign Minister Sergei Lavrov said on July 8."));
  EXPECT_TRUE(a.text.starts_with("Russia and Turkey are working on an immediate ceasefire agreement"));
  EXPECT_NE(a.text.find("Lavrov said LNA is ready to sign"), std::string::npos);  // the lead stays
  EXPECT_TRUE(a.text.ends_with("this does not translate into practical steps."));
  EXPECT_EQ(a.paragraphs.size(), 5u);
}

TEST(ExtractSeeds, Seed003HasNoOutletOrDate) {
  RawDocument doc;
  LOAD_SEED_OR_SKIP("003_b10da00e773b39b2", doc);
  Article a = Extractor().Extract(doc);
  ExpectConsistent(a);
  EXPECT_EQ(a.title, "Russia and Turkey FMs Discuss Latest Developments in Libya");
  EXPECT_EQ(a.outlet, "");
  EXPECT_FALSE(a.published.known());
  EXPECT_EQ(a.published.source, DateSource::kNone);
  EXPECT_EQ(RemovedTexts(a), std::vector<std::string>{a.title});
  EXPECT_TRUE(a.text.ends_with("caused by the coronavirus."));
}

TEST(ExtractSeeds, Gsv004DateLineOutletLineAndCredits) {
  RawDocument doc;
  LOAD_SEED_OR_SKIP("004_53a9463a541b4215", doc);
  Article a = Extractor().Extract(doc);
  ExpectConsistent(a);
  EXPECT_EQ(a.title, "Russia and Turkey to establish a joint working group on Libya");
  EXPECT_EQ(a.published.value, "2020-07-22");
  EXPECT_EQ(a.published.source, DateSource::kTextLine);
  EXPECT_EQ(a.outlet, "GSV \"Russia - Islamic World\"");
  EXPECT_EQ(a.credits, std::vector<std::string>{"TASS"});
  std::vector<std::string> removed = RemovedTexts(a);
  EXPECT_TRUE(Contains(removed, "GSV \"Russia - Islamic World\""));
  EXPECT_TRUE(Contains(removed, "Photo: Creative Commons"));
  EXPECT_TRUE(Contains(removed, "Based on materials from TASS"));
  EXPECT_TRUE(Contains(removed, "22 July 2020"));
  EXPECT_NE(a.text.find("\n\nOn Interagency Consultations\n\n"), std::string::npos);
  EXPECT_TRUE(a.text.ends_with("the GNA requested support from Turkey."))
      << a.text.substr(a.text.size() - 200);
}

TEST(Extractor, MetadataBeatsTextAndTitleCopyIsRemoved) {
  RawDocument doc;
  doc.id = "x";
  doc.title = "Big news today";
  doc.published = "Wed, 08 Jul 2020 10:00:00 GMT";
  doc.url = "https://ex.com/2019/01/02/story";
  doc.text = "Big news today\n\n22 July 2020\n\nLONDON (Reuters) - Something happened in the city today, "
             "officials said on Wednesday.";
  Article a = Extractor().Extract(doc);
  ExpectConsistent(a);
  EXPECT_EQ(a.title, "Big news today");
  EXPECT_EQ(a.published.value, "2020-07-08");
  EXPECT_EQ(a.published.source, DateSource::kMetadata);
  EXPECT_EQ(a.outlet, "Reuters");
  EXPECT_EQ(a.dateline, "LONDON");
  EXPECT_EQ(a.credits, std::vector<std::string>{"Reuters"});
  EXPECT_TRUE(a.text.starts_with("LONDON (Reuters) - Something"));
  EXPECT_EQ(a.sentences.size(), 1u);
}

TEST(Extractor, DateLineAboveTheHeadlineIsNotTheTitle) {
  RawDocument doc;
  doc.text = "Friday, March 08, 2013\nLohan checks into rehab\nThe actress checked into a clinic on "
             "Thursday, her lawyer said in a statement.";
  Article a = Extractor().Extract(doc);
  EXPECT_EQ(a.title, "Lohan checks into rehab");
  EXPECT_EQ(a.published.value, "2013-03-08");
  EXPECT_EQ(a.published.source, DateSource::kTextLine);
}

TEST(Extractor, UrlDateIsTheLastResort) {
  RawDocument doc;
  doc.url = "https://ex.com/news/2019/01/02/story.html";
  doc.text = "Officials said on Wednesday that the bridge would reopen next month after repairs.";
  Article a = Extractor().Extract(doc);
  EXPECT_EQ(a.published.value, "2019-01-02");
  EXPECT_EQ(a.published.source, DateSource::kUrl);
  EXPECT_EQ(a.title, "");
}

TEST(Extractor, FurnitureRepeatedAcrossAnOutletIsRemovedOnceSeenRepeatedly) {
  Extractor extractor;
  const std::string bulletin = "The latest five minute news bulletin from BBC World Service";
  std::vector<Article> articles;
  const char* bodies[] = {"The minister resigned on Monday after a long dispute over the budget.",
                          "Floods hit the north of the country, forcing thousands from their homes.",
                          "The central bank raised interest rates by a quarter of a percentage point.",
                          "Scientists reported a new species of frog found in the rainforest canopy."};
  for (const char* body : bodies) {
    RawDocument doc;
    doc.outlet = "bbc";
    doc.text = std::string(body) + "\n" + bulletin + " .\n";
    articles.push_back(extractor.Extract(doc));
  }
  EXPECT_NE(articles[0].text.find(bulletin), std::string::npos);  // not yet known as furniture
  for (size_t i = 2; i < articles.size(); ++i) {
    EXPECT_EQ(articles[i].text.find(bulletin), std::string::npos) << i;
    EXPECT_EQ(articles[i].removed.size(), 1u);
    EXPECT_EQ(articles[i].removed[0].reason, "outlet-boilerplate");
    EXPECT_NE(articles[i].text.find(bodies[i]), std::string::npos);
  }
}

TEST(Extractor, ObservingABatchFirstCleansItsFirstArticlesToo) {
  Extractor extractor;
  std::vector<RawDocument> docs;
  const char* bodies[] = {"The minister resigned on Monday after a long dispute over the budget.",
                          "Floods hit the north of the country, forcing thousands from their homes.",
                          "The central bank raised interest rates by a quarter of a percentage point."};
  for (const char* body : bodies) {
    RawDocument doc;
    doc.outlet = "paper";
    doc.text = std::string(body) + "\nOur journalism is supported by readers like you.\n";
    docs.push_back(doc);
  }
  for (const RawDocument& d : docs) extractor.Observe(d);
  for (RawDocument& d : docs) {
    Article a = extractor.Extract(std::move(d));
    EXPECT_EQ(a.text.find("Our journalism"), std::string::npos) << a.text;
    ASSERT_EQ(a.removed.size(), 1u);
    EXPECT_EQ(a.removed[0].reason, "outlet-boilerplate");
  }
}

TEST(Extractor, ObservedDocumentsAreNotCountedTwice) {
  Extractor extractor;
  auto doc = [](const std::string& story) {
    RawDocument d;
    d.outlet = "paper";
    d.text = story + "\nOur journalism is supported by readers like you.\n";
    return d;
  };
  RawDocument a = doc("A story about one thing that happened in the city on Monday morning.");
  extractor.Observe(a);
  extractor.Extract(a);  // observed and extracted: counted once
  Article b = extractor.Extract(doc("Another story, about the weather, which was cold and wet all week."));
  EXPECT_NE(b.text.find("Our journalism"), std::string::npos);  // 2 articles hold the line
  Article c = extractor.Extract(doc("A third story tells of a football match won late on Saturday night."));
  EXPECT_EQ(c.text.find("Our journalism"), std::string::npos);  // 3: now boilerplate
}

TEST(Extractor, IdenticalCopiesKeepTheirSentences) {
  Extractor extractor;
  RawDocument doc;
  doc.outlet = "wire";
  doc.text = "The same report is sent out again and again by the wire service today.\n"
             "It has a second sentence that is also the same in every copy.\nShare this\n";
  Article last;
  for (int i = 0; i < 5; ++i) last = extractor.Extract(doc);
  EXPECT_NE(last.text.find("second sentence"), std::string::npos);
  EXPECT_EQ(last.text.find("Share this"), std::string::npos);
}

TEST(Extractor, EmptyTextGivesEmptyArticle) {
  RawDocument doc;
  doc.text = "  \n\n ";
  Article a = Extractor().Extract(doc);
  EXPECT_TRUE(a.text.empty());
  EXPECT_TRUE(a.paragraphs.empty());
  EXPECT_EQ(a.language, "");
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

TEST(Extractor, SurvivesArbitraryBytesAndKeepsItsInvariants) {
  Extractor extractor;
  uint32_t state = 99;
  const std::string alphabet = "ab C.\n\n \"'-(/)MOSCOW date 2020-07-08 \xC2\xA0\xE2\x80\x9C July 8 Photo: ";
  for (int doc_index = 0; doc_index < 200; ++doc_index) {
    RawDocument doc;
    doc.outlet = doc_index % 2 ? "o" : "";
    for (int i = 0; i < 300; ++i) {
      state = state * 1103515245u + 12345u;
      doc.text.push_back(alphabet[(state >> 16) % alphabet.size()]);
    }
    Article a = extractor.Extract(doc);
    ExpectConsistent(a);
  }
}

}  // namespace
}  // namespace storyline
