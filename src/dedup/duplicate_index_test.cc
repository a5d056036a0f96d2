#include "dedup/duplicate_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dedup/article_jsonl.h"
#include "dedup/test_util.h"

namespace storyline {
namespace {

// A made-up wire story of eight paragraphs.
const std::vector<std::string>& Paragraphs() {
  static const std::vector<std::string> p = {
      "The harbour authority of Port Elmsworth closed the northern terminal on Tuesday after a crane "
      "collapsed onto a container ship during the night shift, injuring three dock workers.",
      "Officials said the injured men were taken to the regional hospital and that two of them were "
      "released by the afternoon, while the third remained under observation with a broken leg.",
      "The crane, built in 1987, had passed its annual inspection in March, according to documents "
      "released by the port operator, which promised a full review of its maintenance records.",
      "Shipping companies warned that the closure could delay the delivery of grain and fertiliser "
      "cargoes by at least a week, as vessels were diverted to the smaller southern quay.",
      "\"We are working around the clock to reopen the terminal safely,\" said harbour master Ilse "
      "Brandvik, adding that engineers from the manufacturer were expected to arrive on Thursday.",
      "The dock workers' union called for an independent inquiry and said it had raised concerns "
      "about ageing equipment at the northern terminal in letters sent last autumn.",
      "Port Elmsworth handles about a fifth of the country's bulk exports, and a prolonged shutdown "
      "would weigh on farmers who have already struggled with low prices this season.",
      "The transport ministry said it would decide by Friday whether to send its own inspectors, and "
      "urged other ports to check cranes of the same model without delay.",
  };
  return p;
}

std::string Join(const std::vector<std::string>& paragraphs) {
  std::string s;
  for (const std::string& p : paragraphs) s += (s.empty() ? "" : "\n\n") + p;
  return s;
}

std::string Story() { return Join(Paragraphs()); }

Article Make(const std::string& id, const std::string& text, const std::string& date = "") {
  return dedup::MakeArticle(id, text, date, "");
}

TEST(DuplicateIndex, SameTextWithDifferentWhitespaceAndCaseIsExact) {
  DuplicateIndex index;
  EXPECT_TRUE(index.Add(Make("a", Story(), "2020-07-08")).empty());
  std::string copy = Story();
  for (char& c : copy) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::vector<DuplicateLink> links = index.Add(Make("b", "  " + copy + "\n", "2020-07-09"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].article, "b");
  EXPECT_EQ(links[0].original, "a");
  EXPECT_EQ(links[0].kind, DuplicateKind::kExact);
}

TEST(DuplicateIndex, TruncatedCopyIsContained) {
  DuplicateIndex index;
  index.Add(Make("full", Story(), "2020-07-08"));
  std::vector<std::string> first(Paragraphs().begin(), Paragraphs().begin() + 2);
  std::vector<DuplicateLink> links = index.Add(Make("cut", Join(first), "2020-07-08"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].original, "full");
  EXPECT_EQ(links[0].kind, DuplicateKind::kContained);
  EXPECT_GE(links[0].similarity, 0.7);
}

TEST(DuplicateIndex, LightRewriteWithNewLeadIsNear) {
  DuplicateIndex index;
  index.Add(Make("wire", Story(), "2020-07-08"));
  std::vector<std::string> p = Paragraphs();
  p[0] = "Three workers were hurt when a crane fell on a ship at Port Elmsworth, which shut its "
         "northern terminal on Tuesday.";
  p.pop_back();
  p[3].replace(p[3].find("warned"), 6, "cautioned");
  p.push_back("Follow our live coverage for updates. Copyright Coastal News Agency.");
  std::vector<DuplicateLink> links = index.Add(Make("rewrite", Join(p), "2020-07-08"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].original, "wire");
  EXPECT_EQ(links[0].kind, DuplicateKind::kNear);
}

TEST(DuplicateIndex, DifferentStoriesAreNotDuplicates) {
  DuplicateIndex index;
  index.Add(Make("a", Join({Paragraphs()[0], Paragraphs()[1]})));
  EXPECT_TRUE(index.Add(Make("b", Join({Paragraphs()[5], Paragraphs()[6], Paragraphs()[7]}))).empty());
}

TEST(DuplicateIndex, ProvenancePicksTheEarliestDate) {
  DuplicateIndex index;
  EXPECT_TRUE(index.Add(Make("late", Story(), "2020-07-10")).empty());
  // Arrives second but was published first: it becomes the original.
  std::vector<DuplicateLink> links = index.Add(Make("early", Story() + " Extra words here.", "2020-07-08"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].article, "late");
  EXPECT_EQ(links[0].original, "early");
  // A third copy points at the earliest, whichever member it matched.
  links = index.Add(Make("third", Story(), "2020-07-11"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].original, "early");
  // Same date as the original: arrival order keeps the original.
  links = index.Add(Make("tie", Story(), "2020-07-08"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].original, "early");
  // Unknown date is never earlier.
  links = index.Add(Make("undated", Story(), ""));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].original, "early");
}

// 300 pseudo-random words: texts of different seeds share almost no shingles.
std::string RandomText(uint64_t seed) {
  std::string text;
  uint64_t x = seed * 0x9E3779B97F4A7C15ULL + 1;
  for (int i = 0; i < 300; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    text += 'w';
    text += std::to_string((x >> 33) % 20000);
    text += i % 12 == 11 ? ".\n" : " ";
  }
  return text;
}

TEST(DuplicateIndex, OnEqualDatesTheCreditedOutletIsTheOriginal) {
  DuplicateIndex index;
  Article rewrite = dedup::MakeArticle("rewrite", Story() + "\n\nBased on materials from TASS", "2020-07-08",
                                       "GSV Russia - Islamic World");
  rewrite.credits = {"TASS"};
  EXPECT_TRUE(index.Add(rewrite).empty());
  // The credited wire arrives later the same day: it is the original.
  std::vector<DuplicateLink> links = index.Add(dedup::MakeArticle("wire", Story(), "2020-07-08", "Tass"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].article, "rewrite");
  EXPECT_EQ(links[0].original, "wire");
  // Without a credit, arrival order decides.
  DuplicateIndex plain;
  plain.Add(dedup::MakeArticle("first", Story(), "2020-07-08", "A"));
  links = plain.Add(dedup::MakeArticle("second", Story(), "2020-07-08", "B"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].original, "first");
}

TEST(DuplicateIndex, WindowEvictionKeepsMemoryBounded) {
  DedupOptions options;
  options.window_articles = 200;
  DuplicateIndex index(options);
  size_t bytes_at_window = 0;
  for (int i = 0; i < 1000; ++i) {
    EXPECT_TRUE(index.Add(Make("id-" + std::to_string(i), RandomText(i))).empty()) << i;
    if (i == 199) bytes_at_window = index.MemoryBytes();
  }
  EXPECT_EQ(index.size(), 200u);
  EXPECT_LE(index.MemoryBytes(), bytes_at_window + bytes_at_window / 4);
  EXPECT_LE(index.MemoryBytes() / index.size(), 1024u);
  // An evicted article is no longer found; one still in the window is.
  EXPECT_TRUE(index.Add(Make("copy-of-0", RandomText(0))).empty());
  std::vector<DuplicateLink> links = index.Add(Make("copy-of-990", RandomText(990)));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].original, "id-990");
}

TEST(DuplicateIndex, GroupsOfTwoCopiesMergeWhenTheirOriginalArrives) {
  DuplicateIndex index;
  std::vector<std::string> p = Paragraphs();
  std::string first_half = Join({p[0], p[1], p[2], p[3]}), second_half = Join({p[4], p[5], p[6], p[7]});
  // Two cut-downs that share nothing arrive first, then the full story,
  // published before both.
  EXPECT_TRUE(index.Add(Make("a", first_half, "2020-07-09")).empty());
  EXPECT_TRUE(index.Add(Make("b", second_half, "2020-07-09")).empty());
  std::vector<DuplicateLink> links = index.Add(Make("full", Story(), "2020-07-08"));
  ASSERT_EQ(links.size(), 2u);
  for (const DuplicateLink& link : links) {
    EXPECT_EQ(link.original, "full");
    EXPECT_EQ(link.kind, DuplicateKind::kContained);
  }
  EXPECT_NE(links[0].article, links[1].article);
  // A later copy of the first half joins the merged group.
  links = index.Add(Make("c", first_half, "2020-07-10"));
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].original, "full");
}

TEST(DuplicateIndex, ExactCheckOnTextsOverridesLooseEstimates) {
  DedupOptions options;
  options.near_jaccard = 0.5;        // exact threshold
  options.confident_jaccard = 0.9;   // so the pair below is never settled on estimates
  options.unverified_jaccard = 0.3;  // estimate threshold
  std::string a = dedup::Words(0, 400), b = dedup::Words(170, 570);  // exact Jaccard 0.40
  DuplicateIndex estimates_only(options);
  estimates_only.Add(Make("a", a));
  EXPECT_EQ(estimates_only.Add(Make("b", b)).size(), 1u);
  MapTextLookup texts;
  texts.Put("a", a);
  texts.Put("b", b);
  DuplicateIndex verified(options, &texts);
  verified.Add(Make("a", a));
  EXPECT_TRUE(verified.Add(Make("b", b)).empty());
  EXPECT_EQ(verified.stats().verified, 1u);
}

TEST(DuplicateIndex, ReferenceScenarioReportsOfOnePressConferenceAreNotDuplicates) {
  std::vector<std::string> texts = {dedup::ReadSeed("000_"), dedup::ReadSeed("001_"), dedup::ReadSeed("002_")};
  for (const std::string& t : texts) {
    if (t.empty()) GTEST_SKIP() << "../shared/seeds absent";
  }
  MapTextLookup lookup;
  for (size_t i = 0; i < texts.size(); ++i) lookup.Put("seed" + std::to_string(i), texts[i]);
  DuplicateIndex index;
  DuplicateIndex verified({}, &lookup);
  for (size_t i = 0; i < texts.size(); ++i) {
    EXPECT_TRUE(verified.Add(Make("seed" + std::to_string(i), texts[i], "2020-07-08")).empty()) << i;
    EXPECT_TRUE(index.Add(Make("seed" + std::to_string(i), texts[i], "2020-07-08")).empty()) << i;
  }
}

}  // namespace
}  // namespace storyline
