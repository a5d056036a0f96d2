#include "entities/resolve_context.h"

#include <utility>

namespace storyline {
namespace {

// Keys are already hashes (xxh3), but mix them once more (MurmurHash3's
// finalizer, a bijection) so that keys differing only in some bits still
// differ in the 32 kept.
uint32_t Fingerprint(uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  key *= 0xc4ceb9fe1a85ec53ULL;
  key ^= key >> 33;
  return static_cast<uint32_t>(key >> 32);
}

// Fingerprints are well mixed: their low bits pick the slot.
size_t Slot(uint32_t fingerprint, size_t mask) { return fingerprint & mask; }

}  // namespace

bool ContextMemory::Contains(uint64_t key) const {
  uint32_t fingerprint = Fingerprint(key);
  return recent_.Contains(fingerprint) || older_.Contains(fingerprint);
}

bool ContextMemory::KeySet::Contains(uint32_t key) const {
  if (key == 0) return has_zero_;
  if (slots_.empty()) return false;
  size_t mask = slots_.size() - 1;
  for (size_t i = Slot(key, mask);; i = (i + 1) & mask) {
    if (slots_[i] == key) return true;
    if (slots_[i] == 0) return false;
  }
}

void ContextMemory::KeySet::Insert(uint32_t key) {
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
  std::vector<uint32_t> old = std::exchange(slots_, std::vector<uint32_t>(grown, 0));
  size_t mask = slots_.size() - 1;
  for (uint32_t key : old) {
    if (key == 0) continue;
    size_t i = Slot(key, mask);
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = key;
  }
}

void ContextMemory::Add(const std::vector<uint64_t>& keys) {
  // A new entity (or generation) gets the table it would grow to, at once.
  recent_.Reserve(keys.size());
  for (uint64_t key : keys) recent_.Insert(Fingerprint(key));
  if (recent_.size() > half_) {
    older_ = std::move(recent_);
    recent_ = KeySet();
  }
}

}  // namespace storyline
