// ParallelFor: runs fn(0..n-1) on up to `threads` threads (0 = one per core).
// For pure per-item work only (fn must not touch shared mutable state); returns
// when every call has finished. Items are handed out one at a time, so uneven
// items balance themselves.
#ifndef STORYLINE_COMMON_PARALLEL_H_
#define STORYLINE_COMMON_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace storyline {

void ParallelFor(size_t n, size_t threads, const std::function<void(size_t)>& fn);

}  // namespace storyline

#endif  // STORYLINE_COMMON_PARALLEL_H_
