#include "extract/outlet_stats.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(OutletLineStats, CountsArticlesNotOccurrences) {
  OutletLineStats stats;
  stats.AddArticle("bbc", {1, 1, 2});
  stats.AddArticle("bbc", {1});
  stats.AddArticle("cnn", {1});
  stats.AddArticle("", {1});
  EXPECT_EQ(stats.Count("bbc", 1), 2u);
  EXPECT_EQ(stats.Count("bbc", 2), 1u);
  EXPECT_EQ(stats.Count("cnn", 1), 1u);
  EXPECT_EQ(stats.Count("", 1), 0u);
  EXPECT_EQ(stats.articles("bbc"), 2u);
}

TEST(OutletLineStats, StaysWithinItsCapsAndKeepsFrequentLines) {
  OutletStatsOptions options;
  options.max_lines_per_outlet = 100;
  options.max_outlets = 2;
  OutletLineStats stats(options);
  for (uint64_t i = 0; i < 1000; ++i) stats.AddArticle("a", {7, 1000 + i});
  EXPECT_GE(stats.Count("a", 7), 900u);  // the frequent line survives pruning
  stats.AddArticle("b", {1});
  stats.AddArticle("c", {1});  // forgets "a", the least recently updated
  EXPECT_EQ(stats.Count("a", 7), 0u);
  EXPECT_EQ(stats.Count("c", 1), 1u);
}

}  // namespace
}  // namespace storyline
