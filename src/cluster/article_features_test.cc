#include "cluster/article_features.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace storyline {
namespace {

TEST(ExtractTerms, SplitsYearsNumbersNamesAndWords) {
  ArticleFeatures a;
  a.text = "Quake hits Padang\nThe 7.6 quake struck Padang in 2009. Rescue teams reached West Sumatra.";
  ChannelTerms t = ExtractTerms(a);
  EXPECT_EQ(t.dates.size(), 1u);    // 2009
  EXPECT_EQ(t.numbers.size(), 1u);  // 7.6
  EXPECT_EQ(t.title.size(), 3u);    // quake hits padang (from the first line)
  // Names: "Padang" (mid-sentence, twice), "West", "Sumatra", "West Sumatra";
  // sentence openers "Quake", "The", "Rescue" are not names.
  EXPECT_EQ(t.names.size(), 5u);
  EXPECT_GT(t.words.size(), 8u);
}

TEST(ExtractTerms, EntityKeysAddNames) {
  ArticleFeatures a;
  a.text = "nothing capitalized here";
  a.entity_keys = {"sergey lavrov", "libya"};
  EXPECT_EQ(ExtractTerms(a).names.size(), 2u);
}

TEST(ExtractTerms, TextTermsThenEntityKeysGiveTheSameTerms) {
  ArticleFeatures a;
  a.title = "Lavrov meets Haftar";
  a.text = "Sergey Lavrov met Khalifa Haftar in Moscow on 14 January 2020.";
  a.entity_keys = {"sergey lavrov", "khalifa haftar", "moscow"};
  ChannelTerms whole = ExtractTerms(a);
  ChannelTerms halves = ExtractTextTerms(a.title, a.text);
  AddEntityKeys(a.entity_keys, &halves);
  EXPECT_EQ(halves.words, whole.words);
  EXPECT_EQ(halves.title, whole.title);
  EXPECT_EQ(halves.names, whole.names);
  EXPECT_EQ(halves.numbers, whole.numbers);
  EXPECT_EQ(halves.dates, whole.dates);
  EXPECT_GT(whole.names.size(), a.entity_keys.size());
}

TEST(ExtractTerms, SameNameInTextAndKeysHashesAlike) {
  ArticleFeatures a, b;
  a.text = "talks with Lavrov ended";
  b.entity_keys = {"lavrov"};
  ChannelTerms ta = ExtractTerms(a), tb = ExtractTerms(b);
  ASSERT_EQ(tb.names.size(), 1u);
  EXPECT_NE(std::find(ta.names.begin(), ta.names.end(), tb.names[0]), ta.names.end());
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

TEST(ExtractTerms, DateKeysMatchAcrossWritings) {
  ArticleFeatures a, b, c;
  a.text = "It was published on September 18, 2013 by the company.";
  b.text = "Published 18th September 2013.";
  c.text = "Published on 19 September 2013.";
  ChannelTerms ta = ExtractTerms(a), tb = ExtractTerms(b), tc = ExtractTerms(c);
  auto shared = [](const std::vector<uint64_t>& x, const std::vector<uint64_t>& y) {
    size_t n = 0;
    for (uint64_t h : x) n += std::count(y.begin(), y.end(), h) > 0;
    return n;
  };
  EXPECT_EQ(ta.dates.size(), 3u);  // 2013, month-day, year-month
  EXPECT_EQ(shared(ta.dates, tb.dates), 3u);
  EXPECT_EQ(shared(ta.dates, tc.dates), 2u);  // another day: the year and month only
}

}  // namespace
}  // namespace storyline
