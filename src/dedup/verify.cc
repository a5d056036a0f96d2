#include "dedup/verify.h"

#include <algorithm>

#include "dedup/shingle.h"

namespace storyline::dedup {

void ShingleHashSet::Clear(size_t expected) {
  size_t capacity = 64;
  while (capacity < 2 * expected) capacity *= 2;
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  size_ = 0;
}

bool ShingleHashSet::Insert(uint64_t h) {
  if (h == 0) h = 1;
  if (2 * (size_ + 1) > slots_.size()) {  // keep the load under one half
    std::vector<uint64_t> old;
    old.swap(slots_);
    Clear(old.size());
    for (uint64_t v : old) {
      if (v != 0) Insert(v);
    }
  }
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    if (slots_[i] == h) return false;
    if (slots_[i] == 0) {
      slots_[i] = h;
      ++size_;
      return true;
    }
  }
}

bool ShingleHashSet::Contains(uint64_t h) const {
  if (h == 0) h = 1;
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    if (slots_[i] == h) return true;
    if (slots_[i] == 0) return false;
  }
}

ExactComparer::ExactComparer(std::string_view text, int shingle_words) : shingle_words_(shingle_words) {
  set_.Clear(text.size() / 6);
  ForEachShingle(text, shingle_words_, [&](uint64_t s) { set_.Insert(s); });
}

Similarity ExactComparer::Compare(std::string_view other) {
  other_.Clear(other.size() / 6);
  size_t common = 0;
  ForEachShingle(other, shingle_words_, [&](uint64_t s) {
    if (other_.Insert(s) && set_.Contains(s)) ++common;
  });
  Similarity s;
  s.smaller = std::min(set_.size(), other_.size());
  s.larger = std::max(set_.size(), other_.size());
  size_t uni = set_.size() + other_.size() - common;
  s.jaccard = uni == 0 ? 0.0 : static_cast<double>(common) / uni;
  s.containment = s.smaller == 0 ? 0.0 : static_cast<double>(common) / s.smaller;
  return s;
}

}  // namespace storyline::dedup
