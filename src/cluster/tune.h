// Learning the event-clustering settings from a gold partition: a coordinate
// search over the channel weights, each weight tried with a line search over
// the event threshold (the two interact: weights set the similarity scale),
// maximizing event BCubed F1. Cross-validation by topic shows whether the
// settings carry over to topics they were not tuned on.
#ifndef STORYLINE_CLUSTER_TUNE_H_
#define STORYLINE_CLUSTER_TUNE_H_

#include <string>
#include <vector>

#include "cluster/article_features.h"
#include "cluster/cluster_options.h"
#include "cluster/metrics.h"

namespace storyline {

// A corpus with its extracted terms, fed in the order given.
struct TuneCorpus {
  std::vector<ArticleFeatures> articles;
  std::vector<ChannelTerms> terms;  // same size as articles
  ClusterMap gold;                  // article id -> gold event
};

struct TuneOptions {
  size_t rounds = 2;        // passes of the coordinate search
  size_t repair_every = 0;  // as RunClusterer
  bool parallel_folds = false;  // cross-validation folds on threads of their own
};

// Event BCubed F1 of one run.
double EventF1(const TuneCorpus& corpus, const ClusterOptions& options, size_t repair_every);

// Returns `start` with event_threshold, the title/names/numbers/dates weights
// (words stays the unit) and, when repair runs, split_threshold and
// stray_factor tuned on
// `corpus`; `best_f1` gets the score.
ClusterOptions TuneEventOptions(const TuneCorpus& corpus, ClusterOptions start,
                                const TuneOptions& tune, double* best_f1);

struct FoldResult {
  std::vector<std::string> topics;  // held out
  ClusterOptions tuned;
  double train_f1 = 0, test_f1 = 0;
};

struct CrossValidation {
  std::vector<FoldResult> folds;
  ClusterScores pooled;  // held-out predictions of all folds scored together
};

// Splits topics (`topic_of(id)`) into `folds` groups (round-robin over the
// sorted topic names), tunes on the other groups, scores the held-out one.
CrossValidation CrossValidateByTopic(const TuneCorpus& corpus, const ClusterOptions& start,
                                     const TuneOptions& tune, size_t folds,
                                     std::string (*topic_of)(const std::string& id));

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_TUNE_H_
