// The co-occurring names remembered for one entity, bounded in memory.
//
// The resolver checks weak matches (a bare surname, a one-word organization)
// against the names an entity was seen with. On an unbounded stream a hub
// entity ("Egypt") co-occurs with ever more names, so the memory keeps only
// the keys of its most recent articles: two generations of distinct 64-bit
// keys; when the newer generation passes half of `capacity` it becomes the
// older one and the previous older one is dropped. So at most `capacity` +
// (one article's keys) are held, and at least the last capacity / 2 distinct
// keys added are always remembered. Below capacity / 2 keys nothing is ever
// forgotten, i.e. the memory answers like an unbounded set. Each generation
// is an open-addressing table of 32-bit fingerprints of the keys (3/8 to 3/4
// full: 5.3 to 11 bytes per key, one allocation, no per-key node; a table
// sized for a first batch of keys that repeat may start below 3/8). Most
// entities are named in one article, so this table is most of the resolver's
// memory. Two keys share a fingerprint with probability 2^-32 a pair: with
// the 16,384 keys of a hub entity a key not added is reported held about
// once in 260,000 probes, which at worst counts one co-occurring name too many.
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

  // Remembers `keys` (any order, duplicates allowed).
  void Add(const std::vector<uint64_t>& keys);

  // True when `key` was added and not forgotten since (or, rarely, shares a
  // fingerprint with such a key).
  bool Contains(uint64_t key) const;

  // Distinct fingerprints held (both generations; one may be counted twice).
  size_t size() const { return recent_.size() + older_.size(); }

 private:
  // A set of 32-bit fingerprints by linear probing; slot value 0 marks an
  // empty slot, so fingerprint 0 is kept aside in `has_zero_`.
  class KeySet {
   public:
    bool Contains(uint32_t fingerprint) const;
    void Insert(uint32_t fingerprint);
    // Sizes a table that has no slots yet for `keys` keys (at most 3/4 full),
    // the size inserting them one by one would reach; no-op otherwise.
    void Reserve(size_t keys);
    size_t size() const { return size_; }

   private:
    void Grow();
    std::vector<uint32_t> slots_;  // size a power of two, or empty
    size_t size_ = 0;
    bool has_zero_ = false;
  };

  size_t half_;
  KeySet recent_;
  KeySet older_;
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_RESOLVE_CONTEXT_H_
