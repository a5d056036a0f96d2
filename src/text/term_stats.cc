#include "text/term_stats.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "common/hash.h"
#include "common/word_set.h"
#include "text/tokenize.h"

namespace storyline {

bool IsStopWord(std::string_view w) {
  static const WordSet kStop = {
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
      "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
      "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
      "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
      "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
      "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
      "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
      "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
      "said", "says", "say", "told", "according", "added", "mr", "mrs", "ms", "one", "two", "new",
      "may", "might", "must", "shall", "since", "per", "via", "yet", "still", "even", "well",
      "lrb", "rrb", "lsb", "rsb", "s", "t", "'s", "n't", "year", "years", "last", "first", "many",
      "much", "get", "got", "made", "make", "like", "us", "week", "day", "time", "people"};
  return kStop.contains(w);
}

void DocumentFrequencies::AddDocument(const std::vector<uint64_t>& terms) {
  std::vector<uint64_t> distinct(terms);
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  for (uint64_t t : distinct) ++df_[t];
  ++documents_;
}

double DocumentFrequencies::Idf(uint64_t term) const {
  auto it = df_.find(term);
  double df = it == df_.end() ? 0.0 : it->second;
  return std::log((1.0 + documents_) / (1.0 + df)) + 1.0;
}

std::vector<uint64_t> ContentTerms(std::string_view text) {
  std::vector<uint64_t> terms;
  terms.reserve(text.size() / 8);
  ForEachWord(text, [&](Span, std::string_view norm) {
    if (norm.size() < 2 || IsStopWord(norm)) return;
    terms.push_back(Hash64(norm));
  });
  return terms;
}

SparseVector TfIdf(const std::vector<uint64_t>& terms, const DocumentFrequencies& df) {
  std::vector<uint64_t> sorted(terms);
  std::sort(sorted.begin(), sorted.end());
  SparseVector v;
  double norm2 = 0;
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    double w = (1.0 + std::log(static_cast<double>(j - i))) * df.Idf(sorted[i]);
    v.emplace_back(sorted[i], static_cast<float>(w));
    norm2 += w * w;
    i = j;
  }
  if (norm2 > 0) {
    float inv = static_cast<float>(1.0 / std::sqrt(norm2));
    for (auto& [term, w] : v) w *= inv;
  }
  return v;
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else sum += static_cast<double>(a[i++].second) * b[j++].second;
  }
  return sum;
}

}  // namespace storyline
