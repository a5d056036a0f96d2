#include "cluster/article_vectorizer.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace storyline {
namespace {

// Appends the channel's normalized TF-IDF vector scaled by sqrt(weight).
void AppendChannel(const std::vector<uint64_t>& terms, double weight,
                   const DocumentFrequencies& df, SparseVector* out) {
  if (terms.empty() || weight <= 0) return;
  SparseVector v = TfIdf(terms, df);
  float scale = static_cast<float>(std::sqrt(weight));
  for (auto& [term, w] : v) out->emplace_back(term, w * scale);
}

}  // namespace

SparseVector ArticleVectorizer::Vectorize(const ChannelTerms& terms) {
  std::vector<uint64_t> all;
  all.reserve(terms.words.size() + terms.title.size() + terms.names.size() +
              terms.numbers.size() + terms.dates.size());
  for (const auto* channel : {&terms.words, &terms.title, &terms.names, &terms.numbers, &terms.dates})
    all.insert(all.end(), channel->begin(), channel->end());
  df_.AddDocument(all);
  distinct_terms_ += all.size() / 8;  // rough: most terms of a document are already known

  SparseVector v;
  AppendChannel(terms.words, weights_.words, df_, &v);
  AppendChannel(terms.title, weights_.title, df_, &v);
  AppendChannel(terms.names, weights_.names, df_, &v);
  AppendChannel(terms.numbers, weights_.numbers, df_, &v);
  AppendChannel(terms.dates, weights_.dates, df_, &v);
  std::sort(v.begin(), v.end());
  KeepStrongest(&v, max_features_);
  return v;
}

size_t ArticleVectorizer::MemoryBytes() const {
  // unordered_map node (key, value, next pointer, hash) plus bucket pointer.
  return sizeof(*this) + distinct_terms_ * 40;
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
