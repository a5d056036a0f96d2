#include "entities/word_clusters.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

// Determiner-noun-verb sentences: a class-bigram model of them is best with
// one class per part of speech.
WordClusterBuilder ToyBuilder() {
  WordClusterBuilder builder;
  for (int repeat = 0; repeat < 3; ++repeat) {
    for (std::string_view d : {"the", "a"}) {
      for (std::string_view n : {"cat", "dog", "bird"}) {
        for (std::string_view v : {"sat", "ran", "slept"}) builder.AddSentence({d, n, v, "."});
      }
    }
  }
  return builder;
}

WordClusterOptions ToyOptions() {
  WordClusterOptions options;
  options.fine_classes = 4;
  options.coarse_classes = 2;
  options.min_count = 1;
  return options;
}

TEST(WordClusters, GroupsWordsThatShareContexts) {
  WordClusters clusters = ToyBuilder().Build(ToyOptions());
  auto cls = [&](std::string_view w) { return clusters.Lookup(w).fine; };
  EXPECT_NE(cls("cat"), 0);
  EXPECT_EQ(cls("cat"), cls("dog"));
  EXPECT_EQ(cls("dog"), cls("bird"));
  EXPECT_EQ(cls("sat"), cls("ran"));
  EXPECT_EQ(cls("the"), cls("a"));
  EXPECT_NE(cls("cat"), cls("sat"));
  EXPECT_NE(cls("cat"), cls("the"));
  EXPECT_EQ(clusters.Lookup("unseen").fine, 0);
  EXPECT_GE(clusters.Lookup("cat").coarse, 1);
  EXPECT_LE(clusters.Lookup("cat").coarse, 2);
}

TEST(WordClusters, DigitsShareAClass) {
  WordClusters clusters;
  clusters.Add("2019", {3, 1});
  EXPECT_EQ(clusters.Lookup("1999").fine, 3);
  EXPECT_EQ(clusters.Lookup("199").fine, 0);
}

TEST(WordClusters, RareWordsGetNoClass) {
  WordClusterBuilder builder = ToyBuilder();
  builder.AddSentence({"the", "zebra", "sat", "."});
  WordClusterOptions options = ToyOptions();
  options.min_count = 2;
  WordClusters clusters = builder.Build(options);
  EXPECT_EQ(clusters.Lookup("zebra").fine, 0);
  EXPECT_NE(clusters.Lookup("cat").fine, 0);
}

TEST(WordClusters, SerializesAndIsDeterministic) {
  WordClusters a = ToyBuilder().Build(ToyOptions());
  WordClusters b = ToyBuilder().Build(ToyOptions());
  std::string bytes_a, bytes_b;
  a.AppendTo(&bytes_a);
  b.AppendTo(&bytes_b);
  EXPECT_EQ(bytes_a, bytes_b);
  std::string_view view = bytes_a;
  Result<WordClusters> parsed = WordClusters::Parse(&view);
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(view.empty());
  EXPECT_EQ(parsed->size(), a.size());
  EXPECT_EQ(parsed->Lookup("dog").fine, a.Lookup("dog").fine);
  std::string_view truncated = std::string_view(bytes_a).substr(0, bytes_a.size() - 3);
  EXPECT_FALSE(WordClusters::Parse(&truncated).ok());
}

}  // namespace
}  // namespace storyline
