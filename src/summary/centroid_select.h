// Greedy summary-centroid selection ("CentroidOpt", as in the DATEWISE
// timeline summarizer of Gholipour Ghalandari & Ifrim 2020): repeatedly add
// the sentence that brings the normalized sum of the chosen sentences closest
// (cosine) to a target centroid, skipping sentences that the caller forbids
// and sentences too similar to one already chosen (redundancy removal).
#ifndef STORYLINE_SUMMARY_CENTROID_SELECT_H_
#define STORYLINE_SUMMARY_CENTROID_SELECT_H_

#include <functional>
#include <vector>

#include "text/term_stats.h"

namespace storyline {

struct CentroidSelectOptions {
  // How many sentences to choose at most.
  size_t max_sentences = 1;
  // A candidate whose cosine with a chosen sentence exceeds this is redundant.
  double max_similarity = 0.5;
};

// Indices into `candidates` (unit vectors), in the order chosen. `allowed`
// may be empty (all allowed); a candidate with an empty vector is never
// chosen. `centroid` need not be normalized.
std::vector<size_t> SelectByCentroid(const std::vector<const SparseVector*>& candidates,
                                     const SparseVector& centroid,
                                     const std::function<bool(size_t)>& allowed,
                                     const CentroidSelectOptions& options);

}  // namespace storyline

#endif  // STORYLINE_SUMMARY_CENTROID_SELECT_H_
