#include "summary/sentence_vectors.h"

#include <cmath>

#include "common/parallel.h"
#include "summary/light_stem.h"

namespace storyline {

std::vector<SparseVector> VectorizeSentences(const std::vector<std::string_view>& texts, size_t threads) {
  // Threads pay off only on large pools; below this, one thread does it all.
  constexpr size_t kMinParallelTexts = 2048;
  if (texts.size() < kMinParallelTexts) threads = 1;
  std::vector<std::vector<uint64_t>> terms(texts.size());
  ParallelFor(texts.size(), threads, [&](size_t i) { terms[i] = StemmedContentTerms(texts[i]); });
  DocumentFrequencies df;
  for (const auto& t : terms) df.AddDocument(t);
  std::vector<SparseVector> vectors(texts.size());
  ParallelFor(texts.size(), threads, [&](size_t i) { vectors[i] = TfIdf(terms[i], df); });
  return vectors;
}

SparseVector AddScaled(const SparseVector& a, const SparseVector& b, float scale) {
  SparseVector out;
  out.reserve(a.size() + b.size());
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
      out.push_back(a[i++]);
    } else if (i == a.size() || b[j].first < a[i].first) {
      out.emplace_back(b[j].first, scale * b[j].second);
      ++j;
    } else {
      out.emplace_back(a[i].first, a[i].second + scale * b[j].second);
      ++i, ++j;
    }
  }
  return out;
}

SparseVector SumOf(const std::vector<SparseVector>& vectors, const std::vector<size_t>& indices) {
  SparseVector sum;
  for (size_t i : indices) sum = AddScaled(sum, vectors[i]);
  return sum;
}

double Norm(const SparseVector& v) { return std::sqrt(Dot(v, v)); }

SparseVector Normalized(SparseVector v) {
  double n = Norm(v);
  if (n > 0) {
    for (auto& [term, w] : v) w = static_cast<float>(w / n);
  }
  return v;
}

}  // namespace storyline
