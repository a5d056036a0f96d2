// Exact verification of a candidate pair on word shingles: the real Jaccard
// similarity and the real containment of the smaller shingle set in the
// larger, with no sampling error. Used for the pairs a MinHash estimate
// cannot settle (borderline Jaccard, or a short text against a long one,
// where the containment estimate from Jaccard multiplies the noise).
#ifndef STORYLINE_DEDUP_VERIFY_H_
#define STORYLINE_DEDUP_VERIFY_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace storyline::dedup {

struct Similarity {
  double jaccard = 0.0;
  double containment = 0.0;  // |A ∩ B| / min(|A|, |B|)
  size_t smaller = 0, larger = 0;  // distinct shingles of the smaller and larger text
};

// Compares one text against others; its shingle set is built once.
class ExactComparer {
 public:
  ExactComparer(std::string_view text, int shingle_words);
  Similarity Compare(std::string_view other) const;

 private:
  int shingle_words_;
  std::vector<uint64_t> set_;  // sorted distinct shingles
};

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_VERIFY_H_
