#include "common/parallel.h"

#include <gtest/gtest.h>

#include <vector>

namespace storyline {

TEST(ParallelFor, CallsEveryIndexExactlyOnce) {
  for (size_t threads : {0u, 1u, 2u, 7u}) {
    std::vector<int> hits(1000, 0);
    ParallelFor(hits.size(), threads, [&](size_t i) { hits[i] += 1; });
    for (int h : hits) ASSERT_EQ(h, 1) << "threads=" << threads;
  }
}

TEST(ParallelFor, NothingToDoIsFine) {
  ParallelFor(0, 4, [](size_t) { FAIL(); });
}

}  // namespace storyline
