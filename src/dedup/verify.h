// Exact verification of a candidate pair on word shingles: the real Jaccard
// similarity and the real containment of the smaller shingle set in the
// larger, with no sampling error. Used for the pairs a MinHash estimate
// cannot settle (borderline Jaccard, or a short text against a long one,
// where the containment estimate from Jaccard multiplies the noise).
//
// The first text's distinct shingles go into a flat open-addressing set once;
// each compared text is streamed through a second, reused set that counts its
// distinct shingles and the shared ones. Both sets stay in cache for texts of
// a few thousand words, so a comparison costs about one pass over the text.
#ifndef STORYLINE_DEDUP_VERIFY_H_
#define STORYLINE_DEDUP_VERIFY_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace storyline::dedup {

struct Similarity {
  double jaccard = 0.0;
  double containment = 0.0;        // |A ∩ B| / min(|A|, |B|)
  size_t smaller = 0, larger = 0;  // distinct shingles of the smaller and larger text
};

// A set of 64-bit shingle hashes (0 is stored as 1; a clash costs nothing measurable).
class ShingleHashSet {
 public:
  void Clear(size_t expected);          // empties the set, sized for `expected` items
  bool Insert(uint64_t h);              // true when `h` was new
  bool Contains(uint64_t h) const;
  size_t size() const { return size_; }

 private:
  std::vector<uint64_t> slots_;
  size_t mask_ = 0, size_ = 0;
};

// Compares one text against others. Not thread-safe (reuses a scratch set).
class ExactComparer {
 public:
  ExactComparer(std::string_view text, int shingle_words);
  Similarity Compare(std::string_view other);

 private:
  int shingle_words_;
  ShingleHashSet set_;
  ShingleHashSet other_;  // scratch
};

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_VERIFY_H_
