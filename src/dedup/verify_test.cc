#include "dedup/verify.h"

#include <gtest/gtest.h>

#include "dedup/shingle.h"
#include "dedup/test_util.h"

namespace storyline::dedup {
namespace {

TEST(ExactComparer, MatchesSortedSetComputation) {
  std::string a = Words(0, 500);
  ExactComparer comparer(a, 3);
  for (int shift : {0, 50, 250, 499, 600}) {
    std::string b = Words(shift, shift + 300);
    Similarity s = comparer.Compare(b);
    auto sa = ShingleSet(a, 3), sb = ShingleSet(b, 3);
    EXPECT_DOUBLE_EQ(s.jaccard, ExactJaccard(sa, sb)) << shift;
    EXPECT_DOUBLE_EQ(s.containment, ExactContainment(sb, sa)) << shift;
    EXPECT_EQ(s.smaller, sb.size());
    EXPECT_EQ(s.larger, sa.size());
  }
}

TEST(ExactComparer, RepeatedShinglesCountOnce) {
  ExactComparer comparer("a b c a b c a b c", 3);
  Similarity s = comparer.Compare("a b c");
  EXPECT_EQ(s.larger, 3u);  // "a b c", "b c a", "c a b"
  EXPECT_EQ(s.smaller, 1u);
  EXPECT_DOUBLE_EQ(s.containment, 1.0);
}

TEST(ShingleHashSet, GrowsAndKeepsItems) {
  ShingleHashSet set;
  set.Clear(1);
  for (uint64_t i = 0; i < 1000; ++i) EXPECT_TRUE(set.Insert(i * 7919));
  EXPECT_FALSE(set.Insert(7919));
  EXPECT_TRUE(set.Contains(999 * 7919));
  EXPECT_FALSE(set.Contains(3));
  EXPECT_EQ(set.size(), 1000u);
}

}  // namespace
}  // namespace storyline::dedup
