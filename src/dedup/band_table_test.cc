#include "dedup/band_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace storyline::dedup {
namespace {

std::vector<uint32_t> Find(const BandTable& t, uint32_t key) {
  std::vector<uint32_t> out;
  t.Find(key, &out);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(BandTable, KeepsSeveralValuesPerKey) {
  BandTable t;
  EXPECT_TRUE(t.Insert(7, 1));
  EXPECT_TRUE(t.Insert(7, 2));
  EXPECT_TRUE(t.Insert(9, 3));
  EXPECT_EQ(Find(t, 7), (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(Find(t, 9), (std::vector<uint32_t>{3}));
  EXPECT_TRUE(Find(t, 8).empty());
}

TEST(BandTable, EraseKeepsEveryOtherEntryReachable) {
  BandTable t;
  // Many keys so probe runs wrap and interleave; erase every third.
  for (uint32_t i = 1; i <= 5000; ++i) t.Insert(i % 997 + 1, i);
  for (uint32_t i = 3; i <= 5000; i += 3) EXPECT_TRUE(t.Erase(i % 997 + 1, i));
  EXPECT_FALSE(t.Erase(1, 3));
  for (uint32_t i = 1; i <= 5000; ++i) {
    std::vector<uint32_t> found = Find(t, i % 997 + 1);
    bool present = std::binary_search(found.begin(), found.end(), i);
    EXPECT_EQ(present, i % 3 != 0) << i;
  }
  EXPECT_EQ(t.size(), 5000u - 5000u / 3);
}

TEST(BandTable, HotKeyIsCapped) {
  BandTable t(4);
  for (uint32_t i = 0; i < 10; ++i) t.Insert(5, i);
  EXPECT_EQ(Find(t, 5).size(), 4u);
}

}  // namespace
}  // namespace storyline::dedup
