#include "cluster/story_threader.h"

#include <algorithm>
#include <cmath>

#include "cluster/article_vectorizer.h"

namespace storyline {

StoryThreader::StoryThreader(const ClusterOptions& options)
    : options_(options), index_(options.posting_scan) {}

bool StoryThreader::Eligible(uint32_t number, int64_t day, uint64_t seq) const {
  const StoryState& s = Get(number);
  if (!s.active || !s.used || s.norm <= 0) return false;
  if (seq > s.last_seq + options_.active_window_articles) return false;
  if (day < 0 || s.last_day < 0) return true;
  return day - s.last_day <= options_.story_window_days &&
         s.first_day - day <= options_.story_window_days;
}

uint32_t StoryThreader::Assign(const SparseVector& v, int64_t day, uint64_t seq, bool* new_story) {
  double vnorm = std::sqrt(SquaredNorm(v));
  uint32_t best = 0;
  double best_score = options_.story_threshold;
  auto eligible = [&](uint32_t s) { return Eligible(s, day, seq); };
  for (uint32_t s : index_.Candidates(v, options_.query_features, options_.max_candidates, eligible)) {
    double score = vnorm > 0 ? Dot(v, Get(s).centroid) / (vnorm * Get(s).norm) : 0.0;
    if (score >= best_score) best_score = score, best = s;
  }
  *new_story = best == 0;
  if (best != 0) return best;
  Ensure(next_number());
  return next_number() - 1;
}

void StoryThreader::Ensure(uint32_t number) {
  if (stories_.size() < number) stories_.resize(number);
  StoryState& s = At(number);
  if (!s.used) {
    s.used = true;
    active_.push_back(number);
  }
}

void StoryThreader::RemoveEvent(uint32_t story, uint32_t event) {
  StoryState& s = At(story);
  s.events.erase(std::remove(s.events.begin(), s.events.end(), event), s.events.end());
  if (s.events.empty()) s.used = false;  // merged away: the number is not reused
}

void StoryThreader::AddArticle(uint32_t story, const SparseVector& v, int64_t day, uint64_t seq) {
  StoryState& s = At(story);
  s.last_seq = std::max(s.last_seq, seq);
  if (day >= 0) {
    s.first_day = s.first_day < 0 ? day : std::min(s.first_day, day);
    s.last_day = std::max(s.last_day, day);
  }
  if (!s.active) return;
  AddScaled(&s.centroid, v, 1.0f);
  KeepStrongest(&s.centroid, options_.story_features);
  s.norm = std::sqrt(SquaredNorm(s.centroid));
  index_.Add(v, options_.query_features, story);
}

void StoryThreader::Evict(uint64_t seq, int64_t latest_day) {
  auto expired = [&](uint32_t n) {
    StoryState& s = At(n);
    bool old = seq > s.last_seq + options_.active_window_articles ||
               (latest_day >= 0 && s.last_day >= 0 && latest_day - s.last_day > options_.story_window_days);
    if (old || !s.used) {
      s.active = false;
      SparseVector().swap(s.centroid);
    }
    return old || !s.used;
  };
  active_.erase(std::remove_if(active_.begin(), active_.end(), expired), active_.end());
}

size_t StoryThreader::MemoryBytes() const {
  size_t bytes = sizeof(*this) + stories_.capacity() * sizeof(StoryState) + index_.MemoryBytes();
  for (const StoryState& s : stories_)
    bytes += s.centroid.capacity() * sizeof(s.centroid[0]) + s.events.capacity() * sizeof(uint32_t);
  return bytes + active_.capacity() * sizeof(uint32_t);
}

}  // namespace storyline
