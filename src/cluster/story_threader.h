// Threads events into stories: a story is a long-lived cluster whose centroid
// sums the vectors of all its articles (shared entities and vocabulary); a new
// event joins the story whose centroid is most cosine-similar to its first
// article, if that story is still active (an article within
// story_window_days), or starts a new story. Story numbers are stable: "s<n>".
//
// Not thread-safe. Owned by EventClusterer.
#ifndef STORYLINE_CLUSTER_STORY_THREADER_H_
#define STORYLINE_CLUSTER_STORY_THREADER_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "cluster/candidate_index.h"
#include "cluster/cluster_options.h"
#include "text/term_stats.h"

namespace storyline {

struct StoryState {
  SparseVector centroid;  // sum of member article vectors (empty once inactive)
  double norm = 0;        // L2 norm of centroid
  int64_t first_day = -1, last_day = -1;
  uint64_t last_seq = 0;
  std::vector<uint32_t> events;  // event numbers, in creation order
  bool active = true;
  bool used = false;  // false: a gap in the numbering, or merged away
};

class StoryThreader {
 public:
  explicit StoryThreader(const ClusterOptions& options);

  // The story for a new event whose first article has vector `v`; creates one
  // (returning new_story = true) when no active story is similar enough.
  uint32_t Assign(const SparseVector& v, int64_t day, uint64_t seq, bool* new_story);
  // Makes sure story `number` exists (for Restore).
  void Ensure(uint32_t number);
  void AddEvent(uint32_t story, uint32_t event) { At(story).events.push_back(event); }
  void RemoveEvent(uint32_t story, uint32_t event);
  // Counts one more article of `story`.
  void AddArticle(uint32_t story, const SparseVector& v, int64_t day, uint64_t seq);
  // Merges stories that took articles since the last call with stories whose
  // centroids reach story_merge_threshold (the larger keeps its number);
  // returns (absorbed, survivor) pairs in merge order.
  std::vector<std::pair<uint32_t, uint32_t>> MergeSimilar();
  // Drops stories with no article within the windows; called periodically.
  void Evict(uint64_t seq, int64_t latest_day);

  uint32_t next_number() const { return static_cast<uint32_t>(stories_.size()) + 1; }
  const StoryState& Get(uint32_t number) const { return stories_[number - 1]; }
  size_t size() const { return stories_.size(); }
  size_t MemoryBytes() const;

 private:
  StoryState& At(uint32_t number) { return stories_[number - 1]; }
  bool Eligible(uint32_t number, int64_t day, uint64_t seq) const;
  SparseVector StoryVector(const SparseVector& v) const;
  bool WithinWindow(const StoryState& a, const StoryState& b) const;
  void Absorb(uint32_t into, uint32_t from);

  const ClusterOptions& options_;
  std::vector<StoryState> stories_;  // index = number - 1
  std::vector<uint32_t> active_;
  std::vector<uint32_t> touched_;  // stories that took articles since MergeSimilar()
  CandidateIndex index_;
};

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_STORY_THREADER_H_
