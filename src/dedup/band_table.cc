#include "dedup/band_table.h"

#include <algorithm>

namespace storyline::dedup {

bool BandTable::Insert(uint32_t key, uint32_t value) {
  if (NeedsGrowth()) Grow();
  size_t i = Home(key);
  uint32_t same = 0;
  while (entries_[i].key != 0) {
    if (entries_[i].key == key && ++same >= max_per_key_) return false;
    i = Next(i);
  }
  entries_[i] = Entry{key, value};
  ++size_;
  return true;
}

bool BandTable::Erase(uint32_t key, uint32_t value) {
  if (entries_.empty()) return false;
  size_t i = Home(key);
  while (entries_[i].key != 0 && !(entries_[i].key == key && entries_[i].value == value)) i = Next(i);
  if (entries_[i].key == 0) return false;
  // Backward shift: pull later entries of the run into the hole when their
  // home position does not lie cyclically in (hole, j].
  for (size_t j = Next(i); entries_[j].key != 0; j = Next(j)) {
    size_t home = Home(entries_[j].key);
    bool stays = (i <= j) ? (home > i && home <= j) : (home > i || home <= j);
    if (stays) continue;
    entries_[i] = entries_[j];
    i = j;
  }
  entries_[i] = Entry{};
  --size_;
  return true;
}

void BandTable::Find(uint32_t key, std::vector<uint32_t>* out) const {
  if (entries_.empty()) return;
  for (size_t i = Home(key); entries_[i].key != 0; i = Next(i)) {
    if (entries_[i].key == key) out->push_back(entries_[i].value);
  }
}

// Past load 0.6, unless the table is at its cap (then up to 0.9, which the
// window bound keeps it from reaching in practice).
bool BandTable::NeedsGrowth() const {
  size_t n = size_ + 1, capacity = entries_.size();
  bool at_cap = max_entries_ > 0 && capacity >= max_entries_ * 10 / 6 + 64;
  return at_cap ? n * 10 > capacity * 9 : n * 10 > capacity * 6;
}

void BandTable::Grow() {
  std::vector<Entry> old;
  old.swap(entries_);
  size_t capacity = old.empty() ? 64 : old.size() + old.size() / 2;
  size_t cap = max_entries_ * 10 / 6 + 64;
  if (max_entries_ > 0 && capacity > cap) capacity = std::max(cap, old.size() + old.size() / 8);
  entries_.assign(capacity, Entry{});
  size_ = 0;
  for (const Entry& e : old) {
    if (e.key == 0) continue;
    size_t i = Home(e.key);
    while (entries_[i].key != 0) i = Next(i);
    entries_[i] = e;
    ++size_;
  }
}

}  // namespace storyline::dedup
