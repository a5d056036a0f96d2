// Sparse TF-IDF vectors for a pool of sentences, the shared representation of
// extractive summarization: the IDF is learned over the pool itself (each
// sentence is a document), so words every sentence repeats weigh little;
// words are lightly stemmed (light_stem.h) so inflections count as one term.
// Also the small vector algebra the selectors need (sums, scaling, norms).
#ifndef STORYLINE_SUMMARY_SENTENCE_VECTORS_H_
#define STORYLINE_SUMMARY_SENTENCE_VECTORS_H_

#include <string_view>
#include <vector>

#include "text/term_stats.h"

namespace storyline {

// One L2-normalized TF-IDF vector per text, IDF over `texts`. A text without
// content words gets an empty vector. A large pool (a story's thousands of
// sentences) is vectorized on up to `threads` threads (0 = one per core);
// the vectors do not depend on it.
std::vector<SparseVector> VectorizeSentences(const std::vector<std::string_view>& texts, size_t threads = 1);

// a + scale * b (both sorted by term; the result too).
SparseVector AddScaled(const SparseVector& a, const SparseVector& b, float scale = 1.0f);

// Sum of the vectors at `indices` of `vectors`.
SparseVector SumOf(const std::vector<SparseVector>& vectors, const std::vector<size_t>& indices);

// L2 norm; and `v` scaled to unit length (unchanged when zero).
double Norm(const SparseVector& v);
SparseVector Normalized(SparseVector v);

}  // namespace storyline

#endif  // STORYLINE_SUMMARY_SENTENCE_VECTORS_H_
