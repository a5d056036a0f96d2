#include "dedup/align.h"

#include <gtest/gtest.h>

#include <string>

#include "dedup/test_util.h"

namespace storyline {
namespace {

const std::string kParagraph =
    "The crane had passed its annual inspection in March, according to documents released by the port operator.";

TEST(AlignPassages, CopiedParagraphIsFoundWithOffsetsInBoth) {
  std::string original = "Port news. " + kParagraph + " Other words follow here.";
  std::string copy = "A different lead sentence written by another outlet. " + kParagraph + " The end.";
  std::vector<SharedPassage> p = AlignPassages(copy, original);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].in_article.In(copy), kParagraph.substr(0, kParagraph.size() - 1));
  EXPECT_EQ(p[0].in_original.In(original), kParagraph.substr(0, kParagraph.size() - 1));
}

TEST(AlignPassages, LightEditsAreBridged) {
  std::string original = kParagraph;
  std::string copy = kParagraph;
  copy.replace(copy.find("annual"), 6, "yearly");
  std::vector<SharedPassage> p = AlignPassages(copy, original);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].in_article.begin, 0u);
  EXPECT_EQ(p[0].in_article.end, copy.size() - 1);
  EXPECT_EQ(p[0].in_original.end, original.size() - 1);
}

TEST(AlignPassages, SharedShortPhraseIsNotAPassage) {
  EXPECT_TRUE(AlignPassages("the prime minister said on Monday that", "yesterday the prime minister said little").empty());
}

TEST(AlignPassages, ReorderedParagraphsGiveOnePassageEach) {
  std::string a = "Alpha beta gamma delta epsilon zeta eta theta iota kappa.";
  std::string b = "One two three four five six seven eight nine ten.";
  std::vector<SharedPassage> p = AlignPassages(b + " " + a, a + " " + b);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].in_original.begin, a.size() + 1);
  EXPECT_EQ(p[1].in_article.begin, b.size() + 1);
  EXPECT_EQ(p[1].in_original.begin, 0u);
}

// The reference scenario: TASS (000) and UrduPoint/Sputnik (001) report one
// press conference in their own words but carry the same quotation.
TEST(AlignPassages, ReferenceScenarioSharedQuotationIsFound) {
  std::string tass = dedup::ReadSeed("000_"), sputnik = dedup::ReadSeed("001_");
  if (tass.empty() || sputnik.empty()) GTEST_SKIP() << "../shared/seeds absent";
  std::vector<SharedPassage> p = AlignPassages(sputnik, tass);
  bool quotation = false;
  for (const SharedPassage& s : p) {
    EXPECT_FALSE(s.in_article.empty());
    if (s.in_article.In(sputnik).find("We are sending a clear signal") != std::string_view::npos) {
      quotation = true;
      EXPECT_NE(s.in_original.In(tass).find("We are sending a clear signal"), std::string_view::npos);
    }
  }
  EXPECT_TRUE(quotation);
  EXPECT_LE(p.size(), 3u);  // a few shared phrases, not copied paragraphs
}

}  // namespace
}  // namespace storyline
