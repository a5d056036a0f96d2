#include "dedup/shingle.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline::dedup {
namespace {

std::vector<uint64_t> Hashes(std::string_view text) {
  std::vector<uint64_t> out;
  ForEachWordHash(text, [&](const WordHash& w) { out.push_back(w.hash); });
  return out;
}

TEST(WordHash, CaseAccentsAndPunctuationDoNotChangeWords) {
  EXPECT_EQ(Hashes("Mevlüt Çavuşoğlu, said: \"YES\"."), Hashes("mevlut   cavusoglu said yes"));
}

TEST(WordHash, SpansPointAtTheWordsInTheOriginalText) {
  std::string text = "  «Café» au-lait\n42";
  std::vector<WordHash> words = WordHashes(text);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].span.In(text), "Café");
  EXPECT_EQ(words[1].span.In(text), "au");
  EXPECT_EQ(words[2].span.In(text), "lait");
  EXPECT_EQ(words[3].span.In(text), "42");
}

TEST(WordHash, DifferentWordsHashDifferently) {
  std::vector<uint64_t> h = Hashes("ab ba abc a b");
  for (size_t i = 0; i < h.size(); ++i)
    for (size_t j = i + 1; j < h.size(); ++j) EXPECT_NE(h[i], h[j]);
}

TEST(Shingle, CountsRunsOfWords) {
  EXPECT_EQ(ForEachShingle("one two three four five", 3, [](uint64_t) {}), 3u);
  EXPECT_EQ(ForEachShingle("one two", 3, [](uint64_t) {}), 1u);  // short text: one shingle
  EXPECT_EQ(ForEachShingle(" ,.; ", 3, [](uint64_t) {}), 0u);
}

TEST(Shingle, WordOrderMatters) {
  EXPECT_NE(ShingleSet("a b c", 3), ShingleSet("c b a", 3));
  EXPECT_EQ(ShingleSet("A b, C", 3), ShingleSet("a b c", 3));
}

TEST(Shingle, ExactJaccardAndContainment) {
  auto a = ShingleSet("w1 w2 w3 w4 w5 w6", 3);      // 4 shingles
  auto b = ShingleSet("w1 w2 w3 w4 w5 w6 w7 w8", 3);  // 6 shingles, a inside
  EXPECT_DOUBLE_EQ(ExactJaccard(a, b), 4.0 / 6.0);
  EXPECT_DOUBLE_EQ(ExactContainment(a, b), 1.0);
  EXPECT_DOUBLE_EQ(ExactContainment(b, a), 4.0 / 6.0);
  EXPECT_DOUBLE_EQ(ExactJaccard(a, {}), 0.0);
}

}  // namespace
}  // namespace storyline::dedup
