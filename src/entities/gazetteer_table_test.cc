#include "entities/gazetteer_table.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace storyline {
namespace {

TEST(GazetteerTable, FindsWhatWasMergedAcrossGrowth) {
  GazetteerTable table;
  std::map<uint64_t, uint8_t> expected;
  std::mt19937_64 rng(3);
  for (int i = 0; i < 5000; ++i) {
    uint64_t key = rng() % 3000;  // repeats: kinds are ORed
    uint8_t kinds = static_cast<uint8_t>(1u << (rng() % 7));
    table.Merge(key, kinds);
    expected[key] |= kinds;
  }
  EXPECT_EQ(table.size(), expected.size());
  for (const auto& [key, kinds] : expected) EXPECT_EQ(table.Find(key), kinds) << key;
  EXPECT_EQ(table.Find(1u << 20), 0);
  size_t seen = 0;
  table.ForEach([&](uint64_t key, uint8_t kinds) {
    ++seen;
    EXPECT_EQ(expected.at(key), kinds);
  });
  EXPECT_EQ(seen, expected.size());
}

TEST(GazetteerTable, EmptyTableFindsNothing) {
  GazetteerTable table;
  EXPECT_EQ(table.Find(42), 0);
  EXPECT_EQ(table.Find(0), 0);
  EXPECT_EQ(table.size(), 0u);
}

}  // namespace
}  // namespace storyline
