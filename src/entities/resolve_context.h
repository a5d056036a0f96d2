// The co-occurring names remembered for one entity, bounded in memory.
//
// The resolver checks weak matches (a bare surname, a one-word organization)
// against the names an entity was seen with. On an unbounded stream a hub
// entity ("Egypt") co-occurs with ever more names, so the memory keeps only
// the keys of its most recent articles: two generations of sorted, distinct
// 64-bit keys; when the newer generation passes half of `capacity` it becomes
// the older one and the previous older one is dropped. So at most
// `capacity` + (one article's keys) are held (8 bytes each, in two flat
// arrays: no per-key allocation), and at least the last capacity / 2 distinct
// keys added are always remembered. Below capacity / 2 keys nothing is ever
// forgotten, i.e. the memory answers exactly like an unbounded set.
//
// Thread-safety: none (owned by one entity record).
#ifndef STORYLINE_ENTITIES_RESOLVE_CONTEXT_H_
#define STORYLINE_ENTITIES_RESOLVE_CONTEXT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace storyline {

class ContextMemory {
 public:
  // `capacity` >= 2: the most keys held across both generations.
  explicit ContextMemory(size_t capacity) : half_(capacity < 2 ? 1 : capacity / 2) {}

  // Remembers `keys` (any order, duplicates allowed). Sorts `keys` in place.
  void Add(std::vector<uint64_t>* keys);

  // True when `key` was added and not forgotten since.
  bool Contains(uint64_t key) const;

  // Keys currently held (both generations; a key may be counted twice).
  size_t size() const { return recent_.size() + older_.size(); }

 private:
  size_t half_;
  std::vector<uint64_t> recent_;  // sorted, distinct
  std::vector<uint64_t> older_;   // sorted, distinct
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_RESOLVE_CONTEXT_H_
