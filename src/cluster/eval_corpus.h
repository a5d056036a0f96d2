// Evaluation corpora for the cluster stage: JSON Lines articles
// ({id, text, time?, title?, outlet?|source_dir?|url?}), id<TAB>cluster files,
// and one clustering run over a corpus with timing and memory figures. Used by
// `storyline eval clusters` and the tuning code; not by the pipeline.
#ifndef STORYLINE_CLUSTER_EVAL_CORPUS_H_
#define STORYLINE_CLUSTER_EVAL_CORPUS_H_

#include <string>
#include <vector>

#include "cluster/article_features.h"
#include "cluster/cluster_options.h"
#include "cluster/metrics.h"
#include "storyline/status.h"

namespace storyline {

// Reads one JSON Lines file. The outlet is `outlet`, else `source_dir`, else
// the host of `url`, else "". `time` (YYYY-MM-DD...) gives the day.
Result<std::vector<ArticleFeatures>> ReadArticlesJsonl(const std::string& path);

// Stable sort by publication day; articles with no day keep their relative
// order and go last (they cannot be placed in time).
void SortByDay(std::vector<ArticleFeatures>* articles);

// Reads id<TAB>cluster lines (blank lines and '#' comments skipped).
Result<ClusterMap> ReadClusterTsv(const std::string& path);

struct ClusterRun {
  ClusterMap events, stories;  // article id -> "e<n>" / "s<n>"
  double assign_seconds = 0;   // time in Add() and Repair(), extraction included
  size_t memory_bytes = 0;     // EventClusterer::MemoryBytes() at the end
};

// Feeds `articles` in order (with their pre-extracted `terms`, same size) to
// a fresh EventClusterer, calling Repair() every `repair_every` articles
// (0: never) and once at the end when repair_every > 0.
ClusterRun RunClusterer(const std::vector<ArticleFeatures>& articles,
                        const std::vector<ChannelTerms>& terms, const ClusterOptions& options,
                        size_t repair_every, const std::vector<ChannelTerms>* background = nullptr);

// The topic of an ECB+ id: "27_2ecbplus" -> "27" (the part before '_').
std::string EcbTopic(const std::string& id);

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_EVAL_CORPUS_H_
