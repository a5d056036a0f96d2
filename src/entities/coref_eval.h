// Coreference scoring: MUC (Vilain et al. 1995), B-cubed (Bagga & Baldwin
// 1998) and entity-based CEAF (CEAF-e, Luo 2005), with the CoNLL F1 as their
// mean. Semantics follow the CoNLL-2012 reference scorer: a mention is an
// opaque id; key mentions missing from the response (and the reverse) count as
// misses; singletons count as given (drop them before calling to exclude them).
#ifndef STORYLINE_ENTITIES_COREF_EVAL_H_
#define STORYLINE_ENTITIES_COREF_EVAL_H_

#include "common/prf.h"
#include <cstdint>
#include <vector>

namespace storyline {

// A clustering: each inner vector holds the mention ids of one entity. A
// mention id must not appear in two clusters of one clustering.
using Clusters = std::vector<std::vector<uint64_t>>;

struct CorefScores {
  PrfScore muc;
  PrfScore b3;
  PrfScore ceafe;
  double conll_f1 = 0.0;  // mean of the three F1 values
};

PrfScore MucScore(const Clusters& key, const Clusters& response);
PrfScore BCubedScore(const Clusters& key, const Clusters& response);
PrfScore CeafeScore(const Clusters& key, const Clusters& response);
CorefScores ScoreCoreference(const Clusters& key, const Clusters& response);

// Maximum-weight assignment of rows to columns (Kuhn-Munkres). weights is
// rows x cols; returns, for each row, its column or -1. Exposed for tests.
std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weights);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_COREF_EVAL_H_
