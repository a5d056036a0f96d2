#include "common/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
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

TEST(BackgroundFor, WorkStartsBeforeWaitAndWaitFinishesIt) {
  std::atomic<size_t> started{0};
  std::vector<int> hits(500, 0);
  BackgroundFor work(hits.size(), 2, [&](size_t i) {
    ++started;
    hits[i] += 1;
  });
  // The background thread runs on its own, without Wait().
  while (started.load() == 0) std::this_thread::yield();
  work.Wait();
  for (int h : hits) ASSERT_EQ(h, 1);
}

TEST(BackgroundFor, OneThreadRunsEverythingInWait) {
  size_t calls = 0;  // no other thread may touch it
  BackgroundFor work(100, 1, [&](size_t) { ++calls; });
  EXPECT_EQ(calls, 0u);
  work.Wait();
  EXPECT_EQ(calls, 100u);
}

TEST(BackgroundFor, DestructorWaits) {
  std::vector<int> hits(300, 0);
  { BackgroundFor work(hits.size(), 3, [&](size_t i) { hits[i] += 1; }); }
  for (int h : hits) ASSERT_EQ(h, 1);
}

}  // namespace storyline
