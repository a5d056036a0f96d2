// Repair: the periodic pass over the events touched since the last one
// (ClusterState::Repair).
//
// Merge: two events whose centroid cosine (with the usual time decay) reaches
// merge_threshold and that share no outlet become one; the larger keeps its
// id, so only the smaller event's articles change.
// Split: an event is bisected (bisect.h); when both sides hold split_min_side
// members or more and the cosine of their centroids is below split_threshold,
// the smaller side becomes a new event in the same story. (Small sides are
// left alone: the centroid of two or three reports is too noisy to tell drift
// from a second happening.)
// Reassign: a member more similar to another event than to the rest of its
// own moves there (a k-means step that undoes order effects of the online
// pass). A stray (an event of one article) needs only stray_factor x
// event_threshold: by now the events around it have grown and say more about
// where it belongs than they did when it arrived. (Not when only one of the
// two has a date: time cannot vouch for the match then.)
// Stories: stories that grew are merged with similar ones (StoryThreader).
#include <algorithm>
#include <cmath>

#include "cluster/bisect.h"
#include "cluster/cluster_state.h"

namespace storyline {
namespace {

bool ShareOutlet(const EventState& a, const EventState& b) {
  for (const MemberState& x : a.members)
    for (const MemberState& y : b.members)
      if (x.outlet != 0 && x.outlet == y.outlet) return true;
  return false;
}

double RangeGap(const EventState& a, const EventState& b) {
  if (a.first_day < 0 || b.first_day < 0) return 0;
  if (a.last_day < b.first_day) return static_cast<double>(b.first_day - a.last_day);
  if (b.last_day < a.first_day) return static_cast<double>(a.first_day - b.last_day);
  return 0;
}

}  // namespace

void ClusterState::MergeInto(uint32_t into, uint32_t from,
                             std::vector<std::pair<std::string, std::string>>* changes) {
  EventState& a = At(into);
  EventState& b = At(from);
  const std::string id = NumberedId('e', into);
  for (std::string& article : b.articles) {
    changes->emplace_back(article, id);
    article_event_[article] = into;
    a.articles.push_back(std::move(article));
  }
  AddScaled(&a.centroid, b.centroid, 1.0f);
  KeepStrongest(&a.centroid, options_.centroid_features);
  a.norm = VectorNorm(a.centroid);
  index_.Add(b.centroid, options_.query_features, into);
  a.weight += b.weight;
  for (MemberState& m : b.members) a.members.push_back(std::move(m));
  if (b.first_day >= 0) {
    a.first_day = a.first_day < 0 ? b.first_day : std::min(a.first_day, b.first_day);
    a.last_day = std::max(a.last_day, b.last_day);
  }
  a.last_seq = std::max(a.last_seq, b.last_seq);
  stories_.RemoveEvent(b.story, from);
  b = EventState();  // used = false: the number is retired, never reused
  b.active = false;
}

void ClusterState::MergePass(std::vector<std::pair<std::string, std::string>>* changes) {
  std::vector<uint32_t> order = Touched();
  for (uint32_t e : order) {
    if (!Get(e).used || !Get(e).active || Get(e).weight == 0) continue;
    auto eligible = [&](uint32_t f) { return f != e && Get(f).used && Get(f).active && Get(f).weight > 0; };
    for (uint32_t f : index_.Candidates(Get(e).centroid, options_.query_features,
                                        options_.max_candidates, eligible)) {
      const EventState& a = Get(e);
      const EventState& b = Get(f);
      if (!b.used || b.weight == 0 || ShareOutlet(a, b)) continue;
      double sim = Cosine(a.centroid, a.norm, b.centroid, b.norm);
      double gap = RangeGap(a, b);
      if (gap > 0 && options_.decay_days > 0) sim *= std::exp(-gap / options_.decay_days);
      if (sim < options_.merge_threshold) continue;
      bool keep_e = a.weight > b.weight || (a.weight == b.weight && e < f);
      if (keep_e) {
        MergeInto(e, f, changes);
      } else {
        MergeInto(f, e, changes);
        break;
      }
    }
  }
}

void ClusterState::SplitOff(uint32_t event, const std::vector<bool>& side,
                            std::vector<std::pair<std::string, std::string>>* changes) {
  std::vector<MemberState> moved, kept;
  for (size_t i = 0; i < side.size(); ++i)
    (side[i] ? moved : kept).push_back(std::move(At(event).members[i]));
  EventState& ev = At(event);
  ev.members = std::move(kept);
  for (const MemberState& m : moved) {
    AddScaled(&ev.centroid, m.vec, -1.0f);
    ev.norm = VectorNorm(ev.centroid);
    --ev.weight;
    ev.articles.erase(std::remove(ev.articles.begin(), ev.articles.end(), m.id), ev.articles.end());
  }
  uint32_t fresh = CreateEvent(static_cast<uint32_t>(events_.size()) + 1, ev.story);
  const std::string id = NumberedId('e', fresh);
  for (MemberState& m : moved) {
    if (At(fresh).title.empty()) At(fresh).title = m.title;
    changes->emplace_back(m.id, id);
    SparseVector v = m.vec;
    Join(fresh, std::move(m), v, /*to_story=*/false);
  }
}

void ClusterState::SplitPass(std::vector<std::pair<std::string, std::string>>* changes) {
  std::vector<uint32_t> order = Touched();
  for (uint32_t e : order) {
    const EventState& ev = Get(e);
    if (!ev.used || !ev.active || ev.weight < 2 * options_.split_min_side || ev.members.size() != ev.weight)
      continue;
    std::vector<const SparseVector*> vectors;
    for (const MemberState& m : ev.members) vectors.push_back(&m.vec);
    std::vector<bool> side = Bisect(vectors);
    size_t moved = static_cast<size_t>(std::count(side.begin(), side.end(), true));
    if (moved < options_.split_min_side || side.size() - moved < options_.split_min_side) continue;
    if (BetweenSimilarity(vectors, side) >= options_.split_threshold) continue;
    SplitOff(e, side, changes);
  }
}

// Similarity of member `i` of `event` to the rest of its event (0 alone).
double ClusterState::OwnSimilarity(uint32_t event, size_t i) const {
  const EventState& ev = Get(event);
  if (ev.weight < 2) return 0;
  SparseVector rest = ev.centroid;
  AddScaled(&rest, ev.members[i].vec, -1.0f);
  const SparseVector& v = ev.members[i].vec;
  return Cosine(v, VectorNorm(v), rest, VectorNorm(rest));
}

void ClusterState::MoveMember(uint32_t from, size_t i, uint32_t to,
                              std::vector<std::pair<std::string, std::string>>* changes) {
  EventState& ev = At(from);
  MemberState m = std::move(ev.members[i]);
  ev.members.erase(ev.members.begin() + static_cast<std::ptrdiff_t>(i));
  AddScaled(&ev.centroid, m.vec, -1.0f);
  ev.norm = VectorNorm(ev.centroid);
  --ev.weight;
  ev.articles.erase(std::remove(ev.articles.begin(), ev.articles.end(), m.id), ev.articles.end());
  if (ev.articles.empty()) {  // retire the number; it is never given again
    stories_.RemoveEvent(ev.story, from);
    ev = EventState();
    ev.active = false;
  }
  changes->emplace_back(m.id, NumberedId('e', to));
  SparseVector v = m.vec;
  Join(to, std::move(m), v, /*to_story=*/false);
}

void ClusterState::ReassignPass(std::vector<std::pair<std::string, std::string>>* changes) {
  std::vector<uint32_t> order = Touched();
  for (uint32_t e : order) {
    for (size_t i = 0; Get(e).used && Get(e).active && i < Get(e).members.size();) {
      const MemberState& m = Get(e).members[i];
      double score = -1;
      uint32_t best = BestEvent(m.vec, m.day, m.outlet, e, &score);
      bool stray = Get(e).weight == 1 && best != 0 && (m.day < 0) == (Get(best).first_day < 0);
      double bar = options_.event_threshold * (stray ? options_.stray_factor : 1.0);
      bool move = best != 0 && score >= bar &&
                  score > OwnSimilarity(e, i) + options_.reassign_margin;
      if (move) MoveMember(e, i, best, changes);
      else ++i;
    }
  }
}

// Events that took or lost members since the last repair, in id order:
// only they can have become mergeable, splittable or better placed, so a
// repair costs what the articles since the last one cost, not the window.
std::vector<uint32_t> ClusterState::Touched() const {
  std::vector<uint32_t> out;
  for (uint32_t e : touched_)
    if (Get(e).used && Get(e).active) out.push_back(e);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::pair<std::string, std::string>> ClusterState::Repair() {
  std::vector<std::pair<std::string, std::string>> changes;
  MergePass(&changes);
  SplitPass(&changes);
  ReassignPass(&changes);
  for (const auto& [from, into] : stories_.MergeSimilar())
    for (uint32_t e : stories_.Get(into).events) At(e).story = into;
  touched_.clear();
  return changes;
}

}  // namespace storyline
