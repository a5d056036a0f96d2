// GazetteerTable: the gazetteer's phrase-hash -> kinds map, an open-addressing
// table (linear probing, power-of-two capacity, at most half full). Matching
// probes it several times per capitalized token, so one cache line per probe
// matters: a node-based map costs a division and a pointer chase each time,
// and a small bit filter answers most misses.
#ifndef STORYLINE_ENTITIES_GAZETTEER_TABLE_H_
#define STORYLINE_ENTITIES_GAZETTEER_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace storyline {

class GazetteerTable {
 public:
  // The kinds stored for `key`, 0 when absent.
  uint8_t Find(uint64_t key) const {
    if (key == 0) return zero_kinds_;
    if (slots_.empty() || !MayContain(key)) return 0;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.kinds;
      if (s.key == 0) return 0;
    }
  }
  // ORs `kinds` (non-zero) into the entry of `key`, adding it when absent.
  void Merge(uint64_t key, uint8_t kinds);
  // Makes room for `n` entries without regrowing.
  void Reserve(size_t n);
  size_t size() const { return size_; }

  // Calls fn(key, kinds) for every entry, in no particular order.
  template <typename Fn>
  void ForEach(Fn fn) const {
    if (zero_kinds_ != 0) fn(uint64_t{0}, zero_kinds_);
    for (const Slot& s : slots_) {
      if (s.key != 0) fn(s.key, s.kinds);
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;  // 0 marks an empty slot; key 0 itself lives in zero_kinds_
    uint8_t kinds = 0;
  };
  // A one-bit-per-slot filter (bit = low bits of the key) that fits in L1/L2:
  // most probes miss (phrases of 1..max_tokens tokens are tried from every
  // capitalized token), and it answers those without touching the slots.
  bool MayContain(uint64_t key) const { return (filter_[(key >> 6) & filter_mask_] >> (key & 63)) & 1; }
  size_t Home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_); }
  void Rehash(size_t capacity);
  void SetFilterBit(uint64_t key);

  std::vector<Slot> slots_;
  std::vector<uint64_t> filter_;  // slots_.size() * 4 bits
  size_t filter_mask_ = 0;
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
  uint8_t zero_kinds_ = 0;
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_GAZETTEER_TABLE_H_
