// An inverted index from features to the clusters (events or stories) whose
// members carry them, used to find the few clusters worth scoring for an
// article. Each posting list keeps only its most recent entries, so lookups
// read a bounded number of postings however long the stream grows; clusters
// that left the active window are filtered by the caller's `eligible` test.
//
// Not thread-safe (not even Candidates(): it uses a scratch array).
#ifndef STORYLINE_CLUSTER_CANDIDATE_INDEX_H_
#define STORYLINE_CLUSTER_CANDIDATE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

#include "text/term_stats.h"

namespace storyline {

class CandidateIndex {
 public:
  // `posting_cap`: entries read (and kept, up to twice that) per feature.
  explicit CandidateIndex(size_t posting_cap) : cap_(posting_cap == 0 ? 1 : posting_cap) {}

  // Indexes `cluster` under the `n` strongest features of `v`.
  void Add(const SparseVector& v, size_t n, uint32_t cluster);

  // Clusters sharing any of the `n` strongest features of `v`, ranked by the
  // summed weight of the shared features, at most `max`, all passing `eligible`.
  std::vector<uint32_t> Candidates(const SparseVector& v, size_t n, size_t max,
                                   const std::function<bool(uint32_t)>& eligible) const;

  size_t MemoryBytes() const;

 private:
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings_;
  size_t cap_;
  size_t entries_ = 0;
  mutable std::vector<float> scratch_;     // per cluster number, zero between calls
  mutable std::vector<uint32_t> touched_;  // the non-zero entries of scratch_
};

// Indices into `v` of its `n` largest weights (all when n >= size).
std::vector<size_t> StrongestFeatures(const SparseVector& v, size_t n);

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_CANDIDATE_INDEX_H_
