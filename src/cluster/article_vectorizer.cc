#include "cluster/article_vectorizer.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace storyline {
SparseVector ArticleVectorizer::Vectorize(const ChannelTerms& terms) {
  ++documents_;
  SparseVector v;
  AppendChannel(terms.words, weights_.words, &v);
  AppendChannel(terms.title, weights_.title, &v);
  AppendChannel(terms.names, weights_.names, &v);
  AppendChannel(terms.numbers, weights_.numbers, &v);
  AppendChannel(terms.dates, weights_.dates, &v);
  std::sort(v.begin(), v.end());
  KeepStrongest(&v, max_features_);
  return v;
}

// Counts each distinct term once in the document frequencies (one hash
// lookup per term), weighs it (1 + log tf) * idf with the smoothed
// idf = log((1 + N) / (1 + df)) + 1, and appends the channel's L2-normalized
// vector scaled by sqrt(weight). Channels never share a term (seeded hashes).
void ArticleVectorizer::AppendChannel(const std::vector<uint64_t>& terms, double weight, SparseVector* out) {
  if (terms.empty()) return;
  std::vector<uint64_t> sorted(terms);
  std::sort(sorted.begin(), sorted.end());
  size_t first = out->size();
  double norm2 = 0, n = static_cast<double>(documents_);
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    uint32_t df = CountDocument(sorted[i]);
    double w = (1.0 + std::log(static_cast<double>(j - i))) * (std::log((1.0 + n) / (1.0 + df)) + 1.0);
    out->emplace_back(sorted[i], static_cast<float>(w));
    norm2 += w * w;
    i = j;
  }
  if (weight <= 0 || norm2 <= 0) {
    out->resize(first);
    return;
  }
  float scale = static_cast<float>(std::sqrt(weight / norm2));
  for (size_t k = first; k < out->size(); ++k) (*out)[k].second *= scale;
}

ArticleVectorizer::ArticleVectorizer(const ChannelWeights& weights, size_t max_features, unsigned table_bits)
    : counts_(size_t{2} << table_bits, 0), mask_((uint64_t{1} << table_bits) - 1),
      weights_(weights), max_features_(max_features) {}

// A count-min sketch with two rows: each term bumps one counter per row (the
// bits above the channel bits, and the high half of the hash) and its
// document frequency is the smaller of the two. Collisions can only raise a
// count, so a rare term may look a little more common; never the reverse.
uint32_t ArticleVectorizer::CountDocument(uint64_t term) {
  uint32_t& a = counts_[(term >> 3) & mask_];
  uint32_t& b = counts_[(mask_ + 1) + ((term >> 35) & mask_)];
  ++a, ++b;
  return std::min(a, b);
}

size_t ArticleVectorizer::MemoryBytes() const {
  return sizeof(*this) + counts_.capacity() * sizeof(uint32_t);
}

void KeepStrongest(SparseVector* v, size_t n) {
  if (v->size() <= n) return;
  std::nth_element(v->begin(), v->begin() + static_cast<std::ptrdiff_t>(n), v->end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  v->resize(n);
  std::sort(v->begin(), v->end());
}

void AddScaled(SparseVector* a, const SparseVector& b, float scale) {
  SparseVector out;
  out.reserve(a->size() + b.size());
  size_t i = 0, j = 0;
  while (i < a->size() || j < b.size()) {
    if (j == b.size() || (i < a->size() && (*a)[i].first < b[j].first)) {
      out.push_back((*a)[i++]);
    } else if (i == a->size() || b[j].first < (*a)[i].first) {
      out.emplace_back(b[j].first, b[j].second * scale);
      ++j;
    } else {
      float w = (*a)[i].second + b[j].second * scale;
      if (std::fabs(w) > 1e-7f) out.emplace_back((*a)[i].first, w);
      ++i, ++j;
    }
  }
  *a = std::move(out);
}

double SquaredNorm(const SparseVector& v) {
  double s = 0;
  for (const auto& [t, w] : v) s += static_cast<double>(w) * w;
  return s;
}

double VectorNorm(const SparseVector& v) { return std::sqrt(SquaredNorm(v)); }

double Cosine(const SparseVector& a, double norm_a, const SparseVector& b, double norm_b) {
  return norm_a > 0 && norm_b > 0 ? Dot(a, b) / (norm_a * norm_b) : 0.0;
}

}  // namespace storyline
