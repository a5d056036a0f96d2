#include "entities/resolve_context.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(ContextMemory, RemembersEveryKeyBelowHalfCapacity) {
  ContextMemory memory(100);
  std::vector<uint64_t> a = {7, 3, 3, 9, 0};
  std::vector<uint64_t> b = {1, 9, 12};
  memory.Add(a);
  memory.Add(b);
  for (uint64_t k : {0, 1, 3, 7, 9, 12}) EXPECT_TRUE(memory.Contains(k)) << k;
  EXPECT_FALSE(memory.Contains(2));
  EXPECT_EQ(memory.size(), 6u);
}

TEST(ContextMemory, ForgetsOldestGenerationAndStaysBounded) {
  ContextMemory memory(8);  // generations of more than 4 keys
  for (uint64_t k = 1; k <= 100; ++k) {
    std::vector<uint64_t> one = {k};
    memory.Add(one);
    EXPECT_LE(memory.size(), 8u + 1);  // capacity + one addition
    // The last capacity / 2 keys are always there.
    for (uint64_t back = 0; back < 4 && back < k; ++back) EXPECT_TRUE(memory.Contains(k - back));
  }
  EXPECT_FALSE(memory.Contains(1));
  EXPECT_FALSE(memory.Contains(50));
}

TEST(ContextMemory, KeyAddedAgainIsRefreshed) {
  ContextMemory memory(4);  // generations of more than 2 keys
  for (uint64_t k : {1, 2, 3, 1, 4, 5, 1, 6}) {
    std::vector<uint64_t> one = {k};
    memory.Add(one);
  }
  EXPECT_TRUE(memory.Contains(1));
  EXPECT_FALSE(memory.Contains(2));
}

TEST(ContextMemory, LargeGenerationFindsEveryKey) {
  ContextMemory memory(100000);
  std::vector<uint64_t> keys;
  for (uint64_t k = 0; k < 5000; ++k) keys.push_back(k * 0x9e3779b97f4a7c15ULL);
  memory.Add(keys);
  for (uint64_t k : keys) ASSERT_TRUE(memory.Contains(k));
  EXPECT_FALSE(memory.Contains(12345));
  EXPECT_EQ(memory.size(), 5000u);
}

}  // namespace
}  // namespace storyline
