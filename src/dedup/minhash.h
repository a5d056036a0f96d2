// MinHash signatures by one-permutation hashing (OPH, Li et al. 2012) with
// rotation densification (Shrivastava & Li 2014).
//
// Why OPH: classic MinHash hashes every shingle once per permutation (128
// multiplies a shingle); OPH hashes it once, uses the top bits to pick one of
// `num_bins` bins and keeps the minimum per bin, so a signature costs one pass
// over the shingles. Empty bins (texts with fewer shingles than bins) borrow
// the next non-empty bin's value, offset by the distance, in the same way for
// every text, so two signatures still agree in a bin with probability equal to
// the Jaccard similarity of their shingle sets.
//
// Each bin keeps 16 bits of its minimum hash: two different minima agree by
// chance with probability 2^-16, a bias of 0.00002 on the estimate, for a
// quarter of the memory of 64-bit values.
#ifndef STORYLINE_DEDUP_MINHASH_H_
#define STORYLINE_DEDUP_MINHASH_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace storyline::dedup {

struct MinHashOptions {
  int shingle_words = 3;  // words per shingle (word 3-grams)
  int num_bins = 128;     // values per signature; 128 gives a Jaccard standard error of about 0.04 at J = 0.3
};

using BinValue = uint16_t;

// Computes the signature of `text` into out[0 .. num_bins) and returns the
// number of shingles (0 = the text has no words: `out` is then all zero and
// the text should not be indexed). `scratch` is reused between calls to avoid
// allocation; its contents are overwritten.
uint32_t ComputeSignature(std::string_view text, const MinHashOptions& options, BinValue* out,
                          std::vector<uint64_t>* scratch);

// Fraction of bins in which two signatures agree: an unbiased estimate of the
// Jaccard similarity of the two shingle sets.
double EstimateJaccard(const BinValue* a, const BinValue* b, int num_bins);

// Estimated |A ∩ B| / |A| from the Jaccard estimate and the two shingle
// counts (|A ∩ B| = J (|A| + |B|) / (1 + J)), clamped to [0, 1].
double EstimateContainment(double jaccard, uint32_t size_a, uint32_t size_b);

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_MINHASH_H_
