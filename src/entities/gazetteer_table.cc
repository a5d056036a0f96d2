#include "entities/gazetteer_table.h"

#include <algorithm>
#include <bit>

namespace storyline {

void GazetteerTable::Merge(uint64_t key, uint8_t kinds) {
  if (key == 0) {
    size_ += zero_kinds_ == 0;
    zero_kinds_ |= kinds;
    return;
  }
  if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
  for (size_t i = Home(key);; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.key == key) {
      s.kinds |= kinds;
      return;
    }
    if (s.key == 0) {
      s = Slot{key, kinds};
      ++size_;
      SetFilterBit(key);
      return;
    }
  }
}

void GazetteerTable::Reserve(size_t n) {
  size_t capacity = std::bit_ceil(std::max<size_t>(16, n * 2));
  if (capacity > slots_.size()) Rehash(capacity);
}

void GazetteerTable::Rehash(size_t capacity) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  shift_ = 64 - std::countr_zero(capacity);
  filter_.assign(capacity / 16, 0);  // 4 bits per slot, at most 1/8 of them set
  filter_mask_ = filter_.size() - 1;
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    SetFilterBit(s.key);
    for (size_t i = Home(s.key);; i = (i + 1) & mask_) {
      if (slots_[i].key == 0) {
        slots_[i] = s;
        break;
      }
    }
  }
}

void GazetteerTable::SetFilterBit(uint64_t key) { filter_[(key >> 6) & filter_mask_] |= uint64_t{1} << (key & 63); }

}  // namespace storyline
