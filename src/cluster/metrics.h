// Clustering quality against a gold partition: BCubed (Bagga & Baldwin 1998)
// and pairwise precision/recall/F1 (pairs of items in one predicted cluster
// that are also in one gold cluster, as in Miranda et al. 2018).
//
// Both maps are item id -> cluster label. Only items present in BOTH maps are
// scored (an item the system never saw cannot be judged); the counts of such
// items are returned so callers can report coverage.
#ifndef STORYLINE_CLUSTER_METRICS_H_
#define STORYLINE_CLUSTER_METRICS_H_

#include "common/prf.h"
#include <cstddef>
#include <string>
#include <unordered_map>

namespace storyline {

using ClusterMap = std::unordered_map<std::string, std::string>;

struct ClusterScores {
  PrfScore bcubed;
  PrfScore pairwise;
  size_t items = 0;               // items scored (in both maps)
  size_t missing_predicted = 0;   // gold items with no prediction
  size_t gold_clusters = 0;       // over the scored items
  size_t predicted_clusters = 0;  // over the scored items
};

// Harmonic mean; 0 when both are 0.
double F1(double precision, double recall);

ClusterScores ScoreClusters(const ClusterMap& predicted, const ClusterMap& gold);

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_METRICS_H_
