// Provenance half of DuplicateIndex: duplicate groups, their earliest
// publisher, the links handed back to the caller, and the memory account.
#include <algorithm>
#include <utility>

#include "dedup/duplicate_index.h"

namespace storyline {

namespace {

bool Credits(const uint32_t (&credits)[2], uint32_t outlet) {
  return outlet != 0 && (credits[0] == outlet || credits[1] == outlet);
}

}  // namespace

// Whether publication a (arrival seq_a) came before b: earlier date first (an
// unknown date is the largest); on equal dates, the outlet the other credits;
// then arrival order. Dates come first because a credit may name an agency's
// earlier story, not this one.
bool DuplicateIndex::PublishedBefore(const Publication& a, uint64_t seq_a, const Publication& b, uint64_t seq_b) {
  if (a.date != b.date) return a.date < b.date;
  if (Credits(b.credits, a.outlet) && !Credits(a.credits, b.outlet)) return true;
  if (Credits(a.credits, b.outlet) && !Credits(b.credits, a.outlet)) return false;
  return seq_a < seq_b;
}

uint64_t DuplicateIndex::GroupKeyOf(uint32_t slot) {
  if (groups_[slot] == 0) {
    uint64_t key = next_group_++;
    Group g;
    g.original = ids_[slot];
    g.original_pub = pubs_[slot];
    g.original_seq = SeqOf(slot);
    g.members.push_back(g.original_seq);
    g.live = 1;
    groups_by_key_.emplace(key, std::move(g));
    groups_[slot] = key;
  }
  return groups_[slot];
}

// Moves the live members of group `from` into `into`, which keeps the
// earlier of the two originals.
void DuplicateIndex::MergeGroups(uint64_t into, uint64_t from) {
  Group& a = groups_by_key_.at(into);
  Group& b = groups_by_key_.at(from);
  for (uint64_t seq : b.members) {
    if (!IsLive(seq)) continue;
    auto slot = static_cast<uint32_t>(seq % options_.window_articles);
    if (groups_[slot] != from) continue;
    groups_[slot] = into;
    a.members.push_back(seq);
    ++a.live;
  }
  if (PublishedBefore(b.original_pub, b.original_seq, a.original_pub, a.original_seq)) {
    a.original = std::move(b.original);
    a.original_pub = b.original_pub;
    a.original_seq = b.original_seq;
  }
  groups_by_key_.erase(from);
}

// The link from `copy` to the group's original, classified on their own
// signatures when the original is still in the window; when that pair falls
// below every threshold (they are related through other members) or the
// original has left the window, `fallback` names the kind.
DuplicateLink DuplicateIndex::MakeLink(uint32_t copy, const Group& group, const Match& fallback) const {
  Match m = fallback;
  if (IsLive(group.original_seq)) {
    auto original = static_cast<uint32_t>(group.original_seq % options_.window_articles);
    Match own = Classify(original, Signature(copy), shingles_[copy], hashes_[copy]);
    if (own.kind != DuplicateKind::kNone) m = own;
  }
  DuplicateLink link;
  link.article = ids_[copy];
  link.original = group.original;
  link.kind = m.kind;
  link.similarity = m.similarity;
  return link;
}

std::vector<DuplicateLink> DuplicateIndex::JoinGroups(uint32_t slot, const std::vector<Match>& matches) {
  const uint64_t key = GroupKeyOf(matches[0].slot);
  std::vector<uint64_t> others;
  for (size_t i = 1; i < matches.size(); ++i) {
    uint64_t k = GroupKeyOf(matches[i].slot);
    if (k != key && std::find(others.begin(), others.end(), k) == others.end()) others.push_back(k);
  }
  const uint64_t seq = SeqOf(slot);
  const Group& g = groups_by_key_.at(key);
  bool new_original = PublishedBefore(pubs_[slot], seq, g.original_pub, g.original_seq);
  // Members whose original may change: remember it to relink only those.
  std::vector<std::pair<uint32_t, std::string>> before;
  if (new_original || !others.empty()) {
    for (uint64_t k : others) {
      for (uint64_t s : groups_by_key_.at(k).members) {
        if (IsLive(s)) before.emplace_back(static_cast<uint32_t>(s % options_.window_articles), groups_by_key_.at(k).original);
      }
    }
    for (uint64_t s : g.members) {
      if (IsLive(s)) before.emplace_back(static_cast<uint32_t>(s % options_.window_articles), g.original);
    }
  }
  for (uint64_t k : others) MergeGroups(key, k);
  return RelinkGroup(key, slot, matches[0], before);
}

// Adds `new_slot` to group `key` (its original if it was published first),
// and returns the links that changed: the new article's, and those of the
// members in `before` whose original is no longer the one they had.
std::vector<DuplicateLink> DuplicateIndex::RelinkGroup(uint64_t key, uint32_t new_slot, const Match& new_match,
                                                       const std::vector<std::pair<uint32_t, std::string>>& before) {
  Group& g = groups_by_key_.at(key);
  const uint64_t seq = SeqOf(new_slot);
  g.members.push_back(seq);
  ++g.live;
  groups_[new_slot] = key;
  if (g.members.size() > 2 * static_cast<size_t>(g.live) + 8) {
    std::erase_if(g.members, [this](uint64_t s) { return !IsLive(s); });
  }
  if (PublishedBefore(pubs_[new_slot], seq, g.original_pub, g.original_seq)) {
    g.original = ids_[new_slot];
    g.original_pub = pubs_[new_slot];
    g.original_seq = seq;
  }
  std::vector<DuplicateLink> links;
  if (g.original_seq != seq) links.push_back(MakeLink(new_slot, g, new_match));
  const int bins = options_.minhash.num_bins;
  for (const auto& [member, old_original] : before) {
    if (old_original == g.original || SeqOf(member) == g.original_seq) continue;
    Match fallback;
    fallback.kind = DuplicateKind::kNear;
    fallback.similarity = dedup::EstimateJaccard(Signature(member), Signature(new_slot), bins);
    links.push_back(MakeLink(member, g, fallback));
  }
  return links;
}

size_t DuplicateIndex::MemoryBytes() const {
  size_t bytes = table_.MemoryBytes();
  bytes += signatures_.capacity() * sizeof(dedup::BinValue);
  bytes += ids_.capacity() * sizeof(std::string);
  for (const std::string& id : ids_) {
    if (id.capacity() > 15) bytes += id.capacity() + 1;  // beyond the small-string buffer
  }
  bytes += hashes_.capacity() * sizeof(uint64_t) + groups_.capacity() * sizeof(uint64_t);
  bytes += pubs_.capacity() * sizeof(Publication) + shingles_.capacity() * sizeof(uint32_t);
  bytes += groups_by_key_.bucket_count() * sizeof(void*);
  for (const auto& [key, g] : groups_by_key_) {
    bytes += sizeof(std::pair<const uint64_t, Group>) + 2 * sizeof(void*);  // node and its links
    bytes += g.members.capacity() * sizeof(uint64_t);
    if (g.original.capacity() > 15) bytes += g.original.capacity() + 1;
  }
  return bytes;
}

}  // namespace storyline
