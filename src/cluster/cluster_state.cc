#include "cluster/cluster_state.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "common/hash.h"
#include "common/utf8.h"

namespace storyline {
namespace {

constexpr uint64_t kEvictEvery = 1024;  // arrivals between eviction sweeps

uint64_t OutletHash(const std::string& outlet) { return outlet.empty() ? 0 : Hash64(outlet) | 1; }

// The headline, or the first non-empty line of the text, at most 200 bytes.
std::string HeadlineOf(const ArticleFeatures& a) {
  std::string_view t = a.title.empty() ? std::string_view(a.text) : std::string_view(a.title);
  size_t start = t.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return "";
  size_t end = t.find('\n', start);
  std::string_view line = t.substr(start, end == std::string_view::npos ? t.npos : end - start);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  return std::string(Utf8Prefix(line, 200));
}

// Days from `day` to the range [first, last]; 0 inside it or when unknown.
int64_t GapDays(int64_t day, int64_t first, int64_t last) {
  if (day < 0 || first < 0) return 0;
  if (day < first) return first - day;
  return day > last ? day - last : 0;
}

}  // namespace

uint32_t ParseNumberedId(const std::string& id, char prefix) {
  if (id.size() < 2 || id[0] != prefix || id.size() > 10) return 0;
  uint64_t n = 0;
  for (size_t i = 1; i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9') return 0;
    n = n * 10 + static_cast<uint64_t>(id[i] - '0');
  }
  return n > 0 && n < (1u << 31) ? static_cast<uint32_t>(n) : 0;
}

std::string NumberedId(char prefix, uint64_t number) {
  std::string id(1, prefix);
  id += std::to_string(number);
  return id;
}

ClusterState::ClusterState(ClusterOptions options)
    : options_(options),
      vectorizer_(options_.weights, options_.article_features, options_.df_table_bits),
      index_(options_.posting_scan),
      stories_(options_) {}

bool ClusterState::Eligible(uint32_t event, int64_t day) const {
  const EventState& e = Get(event);
  if (!e.active || !e.used || e.weight == 0) return false;
  if (seq_ > e.last_seq + options_.active_window_articles) return false;
  return GapDays(day, e.first_day, e.last_day) <= options_.event_window_days;
}

double ClusterState::EventScore(uint32_t event, const SparseVector& v, int64_t day,
                                uint64_t outlet) const {
  const EventState& e = Get(event);
  const double vnorm = VectorNorm(v);
  double score = Cosine(v, vnorm, e.centroid, e.norm);
  if (score >= options_.event_threshold && !PassesOutletGuard(e, v, vnorm, outlet)) return -1;
  if ((day < 0) != (e.first_day < 0)) score *= options_.undated_factor;
  int64_t gap = GapDays(day, e.first_day, e.last_day);
  if (gap > 0 && options_.decay_days > 0) score *= std::exp(-static_cast<double>(gap) / options_.decay_days);
  return score;
}

// The outlet guard: the article may join only if it updates the latest
// same-outlet members it is compared with (the most recent kGuardMembers).
bool ClusterState::PassesOutletGuard(const EventState& e, const SparseVector& v, double vnorm,
                                     uint64_t outlet) const {
  constexpr size_t kGuardMembers = 8;
  if (outlet == 0) return true;
  double update = -1;
  size_t seen = 0;
  for (auto m = e.members.rbegin(); m != e.members.rend() && seen < kGuardMembers; ++m) {
    if (m->outlet != outlet) continue;
    ++seen;
    update = std::max(update, Cosine(v, vnorm, m->vec, m->norm));
  }
  return update == -1 || update >= options_.update_similarity;
}

uint32_t ClusterState::BestEvent(const SparseVector& v, int64_t day, uint64_t outlet,
                                 uint32_t exclude, double* score) const {
  auto eligible = [&](uint32_t e) { return e != exclude && Eligible(e, day); };
  uint32_t best = 0;
  *score = -1;
  for (uint32_t e : index_.Candidates(v, options_.query_features, options_.max_candidates, eligible)) {
    double s = EventScore(e, v, day, outlet);
    if (s > *score) *score = s, best = e;
  }
  return best;
}

uint32_t ClusterState::CreateEvent(uint32_t number, uint32_t story) {
  if (events_.size() < number) events_.resize(number);
  EventState& e = At(number);
  if (!e.used) {
    e.used = true;
    e.active = true;
    e.story = story;
    active_.push_back(number);
    stories_.AddEvent(story, number);
  }
  return number;
}

void ClusterState::Join(uint32_t event, MemberState member, const SparseVector& v, bool to_story) {
  EventState& e = At(event);
  e.last_seq = seq_;
  if (touched_.empty() || touched_.back() != event) touched_.push_back(event);
  if (touched_.size() > (1u << 16)) {  // no Repair() for long: keep one entry per event
    std::sort(touched_.begin(), touched_.end());
    touched_.erase(std::unique(touched_.begin(), touched_.end()), touched_.end());
  }
  if (member.day >= 0) {
    e.first_day = e.first_day < 0 ? member.day : std::min(e.first_day, member.day);
    e.last_day = std::max(e.last_day, member.day);
  }
  ++e.weight;
  e.articles.push_back(member.id);
  article_event_[member.id] = event;
  if (to_story) stories_.AddArticle(e.story, v, member.day, seq_);
  if (!e.active) return;  // restored into an event outside the window: ids only
  AddScaled(&e.centroid, v, 1.0f);
  KeepStrongest(&e.centroid, options_.centroid_features);
  e.norm = VectorNorm(e.centroid);
  index_.Add(v, options_.query_features, event);
  e.members.push_back(std::move(member));
}

Assignment ClusterState::Describe(uint32_t event, bool new_event, bool new_story) const {
  Assignment a;
  a.event = NumberedId('e', event);
  a.story = NumberedId('s', Get(event).story);
  a.new_event = new_event;
  a.new_story = new_story;
  return a;
}

void ClusterState::NoteArrival(int64_t day) {
  ++seq_;
  latest_day_ = std::max(latest_day_, day);
  if (seq_ % kEvictEvery == 0) Evict();
}

Assignment ClusterState::Place(uint32_t event, MemberState member, const SparseVector& v,
                               const std::string& title) {
  bool new_event = event == 0, new_story = false;
  if (new_event) {
    uint32_t story = stories_.Assign(v, member.day, seq_, &new_story);
    event = CreateEvent(static_cast<uint32_t>(events_.size()) + 1, story);
  }
  if (At(event).title.empty()) At(event).title = title;
  Join(event, std::move(member), v);
  return Describe(event, new_event, new_story);
}

Assignment ClusterState::Add(const ArticleFeatures& article, const ChannelTerms& terms) {
  NoteArrival(article.day);
  if (!article.duplicate_of.empty()) {
    auto it = article_event_.find(article.duplicate_of);
    if (it != article_event_.end()) {  // a copy: listed, not counted
      At(it->second).articles.push_back(article.id);
      article_event_[article.id] = it->second;
      return Describe(it->second, false, false);
    }
  }
  SparseVector v = vectorizer_.Vectorize(terms);
  MemberState member{article.id, OutletHash(article.outlet), article.day, HeadlineOf(article), v};
  KeepStrongest(&member.vec, options_.member_features);
  member.norm = VectorNorm(member.vec);
  double score = -1;
  uint32_t best = BestEvent(v, article.day, member.outlet, 0, &score);
  if (score < options_.event_threshold) best = 0;
  std::string title = member.title;
  return Place(best, std::move(member), v, title);
}

void ClusterState::Restore(const ArticleFeatures& article, uint32_t event, uint32_t story) {
  NoteArrival(article.day);
  stories_.Ensure(story);
  CreateEvent(event, story);
  EventState& e = At(event);
  if (e.title.empty()) e.title = HeadlineOf(article);
  if (!article.duplicate_of.empty()) {
    e.articles.push_back(article.id);
    article_event_[article.id] = event;
    return;
  }
  SparseVector v = vectorizer_.Vectorize(ExtractTerms(article));
  MemberState member{article.id, OutletHash(article.outlet), article.day, HeadlineOf(article), v};
  KeepStrongest(&member.vec, options_.member_features);
  member.norm = VectorNorm(member.vec);
  Join(event, std::move(member), v);
}

void ClusterState::Evict() {
  auto expired = [&](uint32_t n) {
    EventState& e = At(n);
    bool old = !e.used || seq_ > e.last_seq + options_.active_window_articles ||
               (latest_day_ >= 0 && e.last_day >= 0 &&
                latest_day_ - e.last_day > 2 * options_.event_window_days);
    if (old) {
      e.active = false;
      SparseVector().swap(e.centroid);
      std::vector<MemberState>().swap(e.members);
    }
    return old;
  };
  active_.erase(std::remove_if(active_.begin(), active_.end(), expired), active_.end());
  stories_.Evict(seq_, latest_day_);
}

size_t ClusterState::MemoryBytes() const {
  size_t bytes = sizeof(*this) + vectorizer_.MemoryBytes() + index_.MemoryBytes() +
                 stories_.MemoryBytes() + events_.capacity() * sizeof(EventState) +
                 (active_.capacity() + touched_.capacity()) * sizeof(uint32_t);
  for (const EventState& e : events_) {
    bytes += e.centroid.capacity() * sizeof(e.centroid[0]) + e.title.capacity();
    for (const MemberState& m : e.members)
      bytes += sizeof(m) + m.id.capacity() + m.title.capacity() + m.vec.capacity() * sizeof(m.vec[0]);
    for (const std::string& id : e.articles) bytes += sizeof(id) + id.capacity();
  }
  for (const auto& [id, n] : article_event_) bytes += 48 + id.capacity();  // node + bucket
  return bytes;
}

}  // namespace storyline
