#include "common/parallel.h"

#include <algorithm>

namespace storyline {

void ParallelFor(size_t n, size_t threads, const std::function<void(size_t)>& fn) {
  BackgroundFor work(n, threads, fn);
  work.Wait();
}

BackgroundFor::BackgroundFor(size_t n, size_t threads, std::function<void(size_t)> fn)
    : n_(n), fn_(std::move(fn)) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, n);
  if (threads <= 1) return;  // Wait() does it all
  pool_.reserve(threads - 1);
  for (size_t t = 1; t < threads; ++t) pool_.emplace_back([this] { Work(); });
}

BackgroundFor::~BackgroundFor() { Wait(); }

void BackgroundFor::Work() {
  for (size_t i = next_++; i < n_; i = next_++) fn_(i);
}

void BackgroundFor::Wait() {
  Work();
  for (auto& t : pool_) t.join();
  pool_.clear();
}

}  // namespace storyline
