#include "entities/resolve_context.h"

#include <utility>

namespace storyline {
namespace {

// Keys are already hashes (xxh3), but mix once more so that keys differing
// only in high bits spread over a small table.
size_t Slot(uint64_t key, size_t mask) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return static_cast<size_t>(key) & mask;
}

}  // namespace

bool ContextMemory::KeySet::Contains(uint64_t key) const {
  if (key == 0) return has_zero_;
  if (slots_.empty()) return false;
  size_t mask = slots_.size() - 1;
  for (size_t i = Slot(key, mask);; i = (i + 1) & mask) {
    if (slots_[i] == key) return true;
    if (slots_[i] == 0) return false;
  }
}

void ContextMemory::KeySet::Insert(uint64_t key) {
  if (key == 0) {
    size_ += has_zero_ ? 0 : 1;
    has_zero_ = true;
    return;
  }
  if (4 * (size_ + 1) > 3 * slots_.size()) Grow();  // at most three quarters full
  size_t mask = slots_.size() - 1;
  size_t i = Slot(key, mask);
  while (slots_[i] != 0 && slots_[i] != key) i = (i + 1) & mask;
  if (slots_[i] == 0) {
    slots_[i] = key;
    ++size_;
  }
}

void ContextMemory::KeySet::Reserve(size_t keys) {
  if (!slots_.empty()) return;
  size_t slots = 16;
  while (4 * keys > 3 * slots) slots *= 2;
  slots_.assign(slots, 0);
}

void ContextMemory::KeySet::Grow() {
  size_t grown = slots_.empty() ? 16 : 2 * slots_.size();
  std::vector<uint64_t> old = std::exchange(slots_, std::vector<uint64_t>(grown, 0));
  size_t mask = slots_.size() - 1;
  for (uint64_t key : old) {
    if (key == 0) continue;
    size_t i = Slot(key, mask);
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = key;
  }
}

void ContextMemory::Add(const std::vector<uint64_t>& keys) {
  // A new entity (or generation) gets the table it would grow to, at once.
  recent_.Reserve(keys.size());
  for (uint64_t key : keys) recent_.Insert(key);
  if (recent_.size() > half_) {
    older_ = std::move(recent_);
    recent_ = KeySet();
  }
}

}  // namespace storyline
