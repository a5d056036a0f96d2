// Word statistics shared by later stages: an English stop-word list, document
// frequencies learned online, and sparse TF-IDF vectors over hashed terms.
//
// Thread-safety: DocumentFrequencies is not synchronized; one per pipeline.
#ifndef STORYLINE_TEXT_TERM_STATS_H_
#define STORYLINE_TEXT_TERM_STATS_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace storyline {

// True for common English function words ("the", "said", "would").
bool IsStopWord(std::string_view folded_word);

// A sparse vector: (term hash, weight) sorted by term hash.
using SparseVector = std::vector<std::pair<uint64_t, float>>;

// Term -> number of documents containing it, learned as documents arrive.
class DocumentFrequencies {
 public:
  // Counts each distinct term of one document once.
  void AddDocument(const std::vector<uint64_t>& terms);
  // Smoothed inverse document frequency: log((1 + N) / (1 + df)) + 1.
  double Idf(uint64_t term) const;
  uint64_t documents() const { return documents_; }

 private:
  std::unordered_map<uint64_t, uint32_t> df_;
  uint64_t documents_ = 0;
};

// Hashes of the folded content words of `text` (stop words, punctuation and
// one-letter words dropped), in order, with repeats.
std::vector<uint64_t> ContentTerms(std::string_view text);

// L2-normalized TF-IDF vector of `terms` (log-scaled term frequency).
SparseVector TfIdf(const std::vector<uint64_t>& terms, const DocumentFrequencies& df);

// Dot product of two sorted sparse vectors (cosine when both are normalized).
double Dot(const SparseVector& a, const SparseVector& b);

}  // namespace storyline

#endif  // STORYLINE_TEXT_TERM_STATS_H_
