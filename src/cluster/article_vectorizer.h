// Turns an article's channel terms into one weighted sparse vector: each
// channel is a TF-IDF vector (document frequencies learned online, as the
// stream goes), L2-normalized and scaled by sqrt(channel weight), so the dot
// product of two article vectors is the weighted sum of their per-channel
// cosines. Only the strongest features are kept, bounding memory and cost.
// Document frequencies are counted in a fixed-size sketch (see CountDocument).
//
// Not thread-safe: Vectorize() updates the document frequencies.
#ifndef STORYLINE_CLUSTER_ARTICLE_VECTORIZER_H_
#define STORYLINE_CLUSTER_ARTICLE_VECTORIZER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cluster/article_features.h"
#include "cluster/cluster_options.h"
#include "text/term_stats.h"

namespace storyline {

class ArticleVectorizer {
 public:
  // Document frequencies live in a fixed table of 2 << table_bits counters
  // (memory does not grow with the vocabulary).
  ArticleVectorizer(const ChannelWeights& weights, size_t max_features, unsigned table_bits);

  // Counts the article in the document frequencies, then weighs its terms.
  SparseVector Vectorize(const ChannelTerms& terms);

  size_t MemoryBytes() const;

 private:
  void AppendChannel(const std::vector<uint64_t>& terms, double weight, SparseVector* out);

  // Counts one more document holding `term`; returns its document frequency.
  uint32_t CountDocument(uint64_t term);

  std::vector<uint32_t> counts_;  // count-min sketch, two rows of mask_ + 1
  uint64_t mask_;
  uint64_t documents_ = 0;
  ChannelWeights weights_;
  size_t max_features_;
};

// Keeps the `n` features of largest weight, sorted by feature hash again.
void KeepStrongest(SparseVector* v, size_t n);

// a += scale * b, both sorted by feature hash.
void AddScaled(SparseVector* a, const SparseVector& b, float scale);

// The sum of squared weights, and its square root.
double SquaredNorm(const SparseVector& v);
double VectorNorm(const SparseVector& v);

// Cosine of two vectors given their norms; 0 when either is empty.
double Cosine(const SparseVector& a, double norm_a, const SparseVector& b, double norm_b);

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_ARTICLE_VECTORIZER_H_
