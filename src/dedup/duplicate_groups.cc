// Provenance half of DuplicateIndex: duplicate groups, their earliest
// publisher, the links handed back to the caller, and the memory account.
#include <algorithm>

#include "dedup/duplicate_index.h"

namespace storyline {

DuplicateIndex::Group& DuplicateIndex::GroupOf(uint32_t slot) {
  if (groups_[slot] == 0) {
    uint64_t key = next_group_++;
    Group g;
    g.original = ids_[slot];
    g.original_date = dates_[slot];
    g.original_seq = SeqOf(slot);
    g.members.push_back(g.original_seq);
    g.live = 1;
    groups_by_key_.emplace(key, std::move(g));
    groups_[slot] = key;
  }
  return groups_by_key_.at(groups_[slot]);
}

// The link from `copy` to `original`, classified on their own signatures; when
// that pair falls below every threshold (they are related only through other
// members of the group) the `fallback` match names the kind.
DuplicateLink DuplicateIndex::LinkTo(uint32_t copy, uint32_t original, const Match& fallback) const {
  Match m = Classify(original, Signature(copy), shingles_[copy], hashes_[copy]);
  if (m.kind == DuplicateKind::kNone) m = fallback;
  DuplicateLink link;
  link.article = ids_[copy];
  link.original = ids_[original];
  link.kind = m.kind;
  link.similarity = m.similarity;
  return link;
}

std::vector<DuplicateLink> DuplicateIndex::JoinGroup(uint32_t slot, const Match& match) {
  Group& g = GroupOf(match.slot);
  g.members.push_back(SeqOf(slot));
  ++g.live;
  groups_[slot] = groups_[match.slot];
  if (g.members.size() > 2 * static_cast<size_t>(g.live) + 8) {
    std::erase_if(g.members, [this](uint64_t seq) { return !IsLive(seq); });
  }
  // An unknown date is kUnknownDate (the largest value), so it is never earlier;
  // an equal date is not earlier either: arrival order breaks the tie.
  if (dates_[slot] < g.original_date) return Repoint(&g, slot);
  if (IsLive(g.original_seq)) {
    auto original = static_cast<uint32_t>(g.original_seq % options_.window_articles);
    return {LinkTo(slot, original, match)};
  }
  DuplicateLink link;
  link.article = ids_[slot];
  link.original = g.original;
  link.kind = match.kind;
  link.similarity = match.similarity;
  return {link};
}

std::vector<DuplicateLink> DuplicateIndex::Repoint(Group* group, uint32_t new_slot) {
  const uint64_t new_seq = SeqOf(new_slot);
  group->original = ids_[new_slot];
  group->original_date = dates_[new_slot];
  group->original_seq = new_seq;
  std::vector<DuplicateLink> links;
  const int bins = options_.minhash.num_bins;
  for (uint64_t seq : group->members) {
    if (seq == new_seq || !IsLive(seq)) continue;
    auto slot = static_cast<uint32_t>(seq % options_.window_articles);
    Match fallback;
    fallback.kind = DuplicateKind::kNear;
    fallback.similarity = dedup::EstimateJaccard(Signature(slot), Signature(new_slot), bins);
    links.push_back(LinkTo(slot, new_slot, fallback));
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
  bytes += dates_.capacity() * sizeof(int32_t) + shingles_.capacity() * sizeof(uint32_t);
  bytes += groups_by_key_.bucket_count() * sizeof(void*);
  for (const auto& [key, g] : groups_by_key_) {
    bytes += sizeof(std::pair<const uint64_t, Group>) + 2 * sizeof(void*);  // node and its links
    bytes += g.members.capacity() * sizeof(uint64_t);
    if (g.original.capacity() > 15) bytes += g.original.capacity() + 1;
  }
  return bytes;
}

}  // namespace storyline
