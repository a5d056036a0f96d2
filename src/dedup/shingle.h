// Word hashing and word-n-gram shingles for duplicate detection.
//
// A word is a maximal run of letters and digits (ASCII alphanumerics, or any
// Unicode letter/digit/combining mark); everything else separates words, so
// "al-Sarraj" is two words and "don't" is "don" + "t". Words are folded
// (lower-case, accents stripped: Fold() in text/normalize.h) before hashing,
// so case, accents, punctuation and whitespace never change a shingle.
//
// This is the hot path of the dedup stage: ASCII bytes go through a 256-entry
// table and an FNV-style multiply per byte; only words holding non-ASCII bytes
// take the ICU folding path. Hashes are stable across runs and machines.
#ifndef STORYLINE_DEDUP_SHINGLE_H_
#define STORYLINE_DEDUP_SHINGLE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "storyline/span.h"

namespace storyline::dedup {

// A 64-bit finalizer (murmur3 fmix64): spreads every input bit over the output.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// One word of a text: where it stands and the hash of its folded form.
struct WordHash {
  Span span;
  uint64_t hash = 0;
};

// Calls `fn(const WordHash&)` for each word of `text`, in order.
template <typename Fn>
void ForEachWordHash(std::string_view text, Fn&& fn);

// All words of `text` (for alignment, where offsets matter).
std::vector<WordHash> WordHashes(std::string_view text);

// Calls `fn(uint64_t shingle_hash)` for each run of `size` consecutive words.
// A text with at least one but fewer than `size` words yields one shingle of
// all its words, so short texts still compare. Returns the number of shingles.
template <typename Fn>
uint32_t ForEachShingle(std::string_view text, int size, Fn&& fn);

// The distinct shingle hashes of `text`, sorted (exact Jaccard and containment
// for tests, the corpus generator and offline checks; not the hot path).
std::vector<uint64_t> ShingleSet(std::string_view text, int size);

// |a ∩ b| / |a ∪ b| and |a ∩ b| / |a| over sorted distinct sets (0 when empty).
double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);
double ExactContainment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace storyline::dedup

#include "dedup/shingle_inl.h"

#endif  // STORYLINE_DEDUP_SHINGLE_H_
