// Two-way split of a cluster's member vectors, for repair: does this event
// hold two happenings? Spherical 2-means seeded with the member least like
// the cluster and the member least like that one; members then move to the
// side whose mean similarity (average link) they reach more.
#ifndef STORYLINE_CLUSTER_BISECT_H_
#define STORYLINE_CLUSTER_BISECT_H_

#include <vector>

#include "text/term_stats.h"

namespace storyline {

// side[i] is true for the members of the smaller side (ties: the side without
// member 0). All false when there are fewer than 2 members.
std::vector<bool> Bisect(const std::vector<const SparseVector*>& members);

// Cosine between the centroids (sums) of the two sides; 0 when one is empty.
double BetweenSimilarity(const std::vector<const SparseVector*>& members, const std::vector<bool>& side);

// Average-link similarity inside one side (mean over its distinct pairs).
double WithinSimilarity(const std::vector<const SparseVector*>& members, const std::vector<bool>& side,
                        bool which);

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_BISECT_H_
