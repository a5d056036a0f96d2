#include "summary/sentence_vectors.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace storyline {
namespace {

TEST(SentenceVectors, IdenticalSentencesHaveCosineOne) {
  auto v = VectorizeSentences({"Rescuers reached the mine on Friday", "Rescuers reached the mine on Friday",
                               "Markets fell sharply in Tokyo"});
  ASSERT_EQ(v.size(), 3u);
  EXPECT_NEAR(Dot(v[0], v[1]), 1.0, 1e-5);
  EXPECT_NEAR(Dot(v[0], v[2]), 0.0, 1e-6);
}

TEST(SentenceVectors, TextWithoutContentWordsHasEmptyVector) {
  auto v = VectorizeSentences({"the of and", "Volcano erupts"});
  EXPECT_TRUE(v[0].empty());
  EXPECT_FALSE(v[1].empty());
}

TEST(SentenceVectors, AddScaledMergesTerms) {
  SparseVector a = {{1, 1.0f}, {3, 2.0f}};
  SparseVector b = {{2, 1.0f}, {3, 1.0f}};
  SparseVector sum = AddScaled(a, b, 2.0f);
  ASSERT_EQ(sum.size(), 3u);
  EXPECT_FLOAT_EQ(sum[1].second, 2.0f);
  EXPECT_FLOAT_EQ(sum[2].second, 4.0f);
  EXPECT_NEAR(Norm(Normalized(sum)), 1.0, 1e-6);
}

TEST(SentenceVectors, LargePoolIsTheSameOnAnyNumberOfThreads) {
  const char* words[] = {"rescuers", "reached", "mine", "volcano", "erupts", "minister", "said", "talks"};
  std::vector<std::string> pool;
  for (size_t i = 0; i < 3000; ++i) {  // above the size that turns threads on
    pool.push_back(std::string(words[i % 8]) + " " + words[(i / 8) % 8] + " " + words[(i / 64) % 8]);
  }
  std::vector<std::string_view> texts(pool.begin(), pool.end());
  std::vector<SparseVector> one = VectorizeSentences(texts, 1);
  std::vector<SparseVector> many = VectorizeSentences(texts, 4);
  ASSERT_EQ(one.size(), texts.size());
  EXPECT_FALSE(one.back().empty());
  EXPECT_EQ(one, many);
}

}  // namespace
}  // namespace storyline
