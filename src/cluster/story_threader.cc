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

// Re-weighs an article vector's channels from the event weights to the story
// weights (each channel was scaled by sqrt(event weight)).
SparseVector StoryThreader::StoryVector(const SparseVector& v) const {
  double ChannelWeights::*fields[] = {&ChannelWeights::words, &ChannelWeights::title, &ChannelWeights::names,
                                      &ChannelWeights::numbers, &ChannelWeights::dates};
  float scale[5];
  for (int c = 0; c < 5; ++c) {
    double from = options_.weights.*fields[c], to = options_.story_weights.*fields[c];
    scale[c] = from > 0 ? static_cast<float>(std::sqrt(to / from)) : 0.0f;
  }
  SparseVector out;
  out.reserve(v.size());
  for (const auto& [term, w] : v) {
    uint64_t c = term & kChannelMask;
    if (c < 5 && scale[c] > 0) out.emplace_back(term, w * scale[c]);
  }
  return out;
}

uint32_t StoryThreader::Assign(const SparseVector& article, int64_t day, uint64_t seq, bool* new_story) {
  SparseVector v = StoryVector(article);
  double vnorm = std::sqrt(SquaredNorm(v));
  uint32_t best = 0;
  double best_score = options_.story_threshold;
  auto eligible = [&](uint32_t s) { return Eligible(s, day, seq); };
  for (uint32_t s : index_.Candidates(v, options_.query_features, options_.max_candidates, eligible)) {
    double score = vnorm > 0 ? Dot(v, Get(s).centroid) / (vnorm * Get(s).norm) : 0.0;
    if (day < 0 || Get(s).first_day < 0) score /= options_.undated_story_factor;
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

void StoryThreader::AddArticle(uint32_t story, const SparseVector& article, int64_t day, uint64_t seq) {
  StoryState& s = At(story);
  s.last_seq = std::max(s.last_seq, seq);
  if (touched_.empty() || touched_.back() != story) touched_.push_back(story);
  if (touched_.size() > (1u << 16)) {  // MergeSimilar() not called for long
    std::sort(touched_.begin(), touched_.end());
    touched_.erase(std::unique(touched_.begin(), touched_.end()), touched_.end());
  }
  if (day >= 0) {
    s.first_day = s.first_day < 0 ? day : std::min(s.first_day, day);
    s.last_day = std::max(s.last_day, day);
  }
  if (!s.active) return;
  SparseVector v = StoryVector(article);
  AddScaled(&s.centroid, v, 1.0f);
  KeepStrongest(&s.centroid, options_.story_features);
  s.norm = std::sqrt(SquaredNorm(s.centroid));
  index_.Add(v, options_.query_features, story);
}

void StoryThreader::Absorb(uint32_t into, uint32_t from) {
  StoryState& a = At(into);
  StoryState& b = At(from);
  AddScaled(&a.centroid, b.centroid, 1.0f);
  KeepStrongest(&a.centroid, options_.story_features);
  a.norm = std::sqrt(SquaredNorm(a.centroid));
  index_.Add(b.centroid, options_.query_features, into);
  a.events.insert(a.events.end(), b.events.begin(), b.events.end());
  if (b.first_day >= 0) {
    a.first_day = a.first_day < 0 ? b.first_day : std::min(a.first_day, b.first_day);
    a.last_day = std::max(a.last_day, b.last_day);
  }
  a.last_seq = std::max(a.last_seq, b.last_seq);
  b = StoryState();
  b.active = false;  // used = false: the number is retired
}

// True when the two date spans are no further apart than story_window_days.
bool StoryThreader::WithinWindow(const StoryState& a, const StoryState& b) const {
  if (a.first_day < 0 || b.first_day < 0) return true;
  int64_t gap = std::max(a.first_day - b.last_day, b.first_day - a.last_day);
  return gap <= options_.story_window_days;
}

std::vector<std::pair<uint32_t, uint32_t>> StoryThreader::MergeSimilar() {
  std::vector<std::pair<uint32_t, uint32_t>> merges;
  std::vector<uint32_t> order;  // stories that grew since the last call
  order.swap(touched_);
  std::sort(order.begin(), order.end());
  order.erase(std::unique(order.begin(), order.end()), order.end());
  for (uint32_t s : order) {
    auto eligible = [&](uint32_t t) { return t != s && Get(t).used && Get(t).active && Get(t).norm > 0; };
    if (!Get(s).used || !Get(s).active || Get(s).norm <= 0) continue;
    for (uint32_t t : index_.Candidates(Get(s).centroid, options_.query_features, options_.max_candidates, eligible)) {
      const StoryState& a = Get(s);
      const StoryState& b = Get(t);
      if (!b.used || !WithinWindow(a, b)) continue;
      double sim = Dot(a.centroid, b.centroid) / (a.norm * b.norm);
      if (a.first_day < 0 || b.first_day < 0) sim /= options_.undated_story_factor;
      if (sim < options_.story_merge_threshold) continue;
      bool keep_s = a.events.size() > b.events.size() || (a.events.size() == b.events.size() && s < t);
      uint32_t into = keep_s ? s : t, from = keep_s ? t : s;
      Absorb(into, from);
      merges.emplace_back(from, into);
      if (!keep_s) break;
    }
  }
  return merges;
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
  return bytes + (active_.capacity() + touched_.capacity()) * sizeof(uint32_t);
}

}  // namespace storyline
