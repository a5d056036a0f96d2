// Strict duplicate check among the originals of the test corpus. T17 holds
// genuine near-duplicates (one story crawled twice, a wire story at two
// sites); if both were kept as independent originals, the gold would call
// them unrelated and every correct detection between them (and between their
// copies) would count as a false pair. So before copies are made, an
// original is dropped when its exact word-3-gram Jaccard with an earlier kept
// original reaches `jaccard`, or the exact containment of the shorter in the
// longer reaches `containment` (exact sets, no MinHash: the check does not
// depend on the code it evaluates).
#ifndef STORYLINE_DEDUP_TOOLS_ORIGINAL_FILTER_H_
#define STORYLINE_DEDUP_TOOLS_ORIGINAL_FILTER_H_

#include <string>
#include <vector>

namespace storyline::dedup {

struct OriginalFilterOptions {
  double jaccard = 0.2;
  double containment = 0.6;
};

// For texts in publication order: keep[i] is false when text i duplicates an
// earlier kept text. `dropped_for` (optional) receives, for each dropped text,
// the index of the kept text it duplicates.
std::vector<bool> KeepDistinctOriginals(const std::vector<std::string>& texts, const OriginalFilterOptions& options,
                                        std::vector<size_t>* dropped_for = nullptr);

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_TOOLS_ORIGINAL_FILTER_H_
