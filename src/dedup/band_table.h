// BandTable: a compact multimap from 32-bit band keys to 32-bit slot numbers,
// the bucket store of the LSH index.
//
// Open addressing with linear probing over 8-byte entries, grown by half when
// the load passes 0.6 (up to SetMaxEntries' need) and shrunk never (the index window bounds it). Erase uses
// backward-shift deletion, so there are no tombstones and probe runs stay short
// however many articles pass through the window. A key held by more than
// `max_per_key` entries (boilerplate shared by hundreds of articles) takes no
// more: those articles stay findable through their other bands, and the probe
// run of a hot key stays bounded.
//
// Key 0 is reserved (it marks an empty entry); callers map it to 1.
#ifndef STORYLINE_DEDUP_BAND_TABLE_H_
#define STORYLINE_DEDUP_BAND_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace storyline::dedup {

class BandTable {
 public:
  explicit BandTable(uint32_t max_per_key = 64) : max_per_key_(max_per_key) {}

  // Caps the capacity at what `max_entries` entries need at load 0.6, so a
  // table that will never hold more does not over-allocate when it grows.
  void SetMaxEntries(size_t max_entries) { max_entries_ = max_entries; }

  // Adds (key, value) unless `key` already holds max_per_key entries; returns whether it was added.
  bool Insert(uint32_t key, uint32_t value);

  // Removes the entry (key, value) if present; returns whether it was.
  bool Erase(uint32_t key, uint32_t value);

  // Appends every value stored under `key` to *out.
  void Find(uint32_t key, std::vector<uint32_t>* out) const;

  size_t size() const { return size_; }
  size_t MemoryBytes() const { return entries_.capacity() * sizeof(Entry); }

 private:
  struct Entry {
    uint32_t key = 0;  // 0 = empty
    uint32_t value = 0;
  };
  size_t Home(uint32_t key) const {
    return static_cast<size_t>((static_cast<uint64_t>(key * 0x9E3779B1u) * entries_.size()) >> 32);
  }
  size_t Next(size_t i) const { return i + 1 == entries_.size() ? 0 : i + 1; }
  bool NeedsGrowth() const;
  void Grow();

  std::vector<Entry> entries_;
  size_t size_ = 0;
  uint32_t max_per_key_;
  size_t max_entries_ = 0;  // 0 = no cap
};

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_BAND_TABLE_H_
