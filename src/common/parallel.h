// ParallelFor: runs fn(0..n-1) on up to `threads` threads (0 = one per core).
// For pure per-item work only (fn must not touch shared mutable state); returns
// when every call has finished. Items are handed out one at a time, so uneven
// items balance themselves.
//
// BackgroundFor: the same work started without waiting, so that it overlaps
// whatever the caller does next (the engine tags batch N+1 while it analyzes
// batch N in order). It runs on `threads - 1` background threads; Wait() puts
// the calling thread to work on the items still unclaimed, then returns when
// every call has finished. With threads = 1 nothing runs until Wait().
#ifndef STORYLINE_COMMON_PARALLEL_H_
#define STORYLINE_COMMON_PARALLEL_H_

#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace storyline {

void ParallelFor(size_t n, size_t threads, const std::function<void(size_t)>& fn);

// Threads: fn is called from the background threads and from the thread that
// calls Wait(); everything fn writes is visible to that thread once Wait()
// returns. The destructor waits too. Not copyable or movable (the threads
// hold its address): keep it in a unique_ptr to pass it around.
class BackgroundFor {
 public:
  BackgroundFor(size_t n, size_t threads, std::function<void(size_t)> fn);
  ~BackgroundFor();
  BackgroundFor(const BackgroundFor&) = delete;
  BackgroundFor& operator=(const BackgroundFor&) = delete;

  void Wait();

 private:
  void Work();

  const size_t n_;
  const std::function<void(size_t)> fn_;
  std::atomic<size_t> next_{0};
  std::vector<std::thread> pool_;
};

}  // namespace storyline

#endif  // STORYLINE_COMMON_PARALLEL_H_
