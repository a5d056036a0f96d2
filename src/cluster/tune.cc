#include "cluster/tune.h"

#include <algorithm>
#include <map>
#include <set>
#include <thread>

#include "cluster/eval_corpus.h"

namespace storyline {
namespace {

constexpr double kWeightGrid[] = {0.0, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5, 2.5};
constexpr double kSplitGrid[] = {0.0, 0.45, 0.5, 0.55, 0.6, 0.65};
constexpr double kStrayGrid[] = {0.2, 0.4, 0.6, 1.0};

double ThresholdAt(size_t i) { return 0.08 + 0.02 * static_cast<double>(i); }
constexpr size_t kThresholds = 15;  // 0.08 .. 0.36

// Best event_threshold for `options` (others fixed); returns its F1.
double LineSearchThreshold(const TuneCorpus& corpus, ClusterOptions* options, size_t repair_every) {
  double best = -1, best_t = options->event_threshold;
  for (size_t i = 0; i < kThresholds; ++i) {
    ClusterOptions o = *options;
    o.event_threshold = ThresholdAt(i);
    double f = EventF1(corpus, o, repair_every);
    if (f > best) best = f, best_t = o.event_threshold;
  }
  options->event_threshold = best_t;
  return best;
}

TuneCorpus Subset(const TuneCorpus& corpus, const std::set<std::string>& topics, bool inside,
                  std::string (*topic_of)(const std::string&)) {
  TuneCorpus out;
  for (size_t i = 0; i < corpus.articles.size(); ++i) {
    if ((topics.count(topic_of(corpus.articles[i].id)) > 0) != inside) continue;
    out.articles.push_back(corpus.articles[i]);
    out.terms.push_back(corpus.terms[i]);
    auto g = corpus.gold.find(corpus.articles[i].id);
    if (g != corpus.gold.end()) out.gold.insert(*g);
  }
  return out;
}

}  // namespace

double EventF1(const TuneCorpus& corpus, const ClusterOptions& options, size_t repair_every) {
  ClusterRun run = RunClusterer(corpus.articles, corpus.terms, options, repair_every);
  return ScoreClusters(run.events, corpus.gold).bcubed.f1;
}

ClusterOptions TuneEventOptions(const TuneCorpus& corpus, ClusterOptions start,
                                const TuneOptions& tune, double* best_f1) {
  ClusterOptions best = start;
  double best_score = LineSearchThreshold(corpus, &best, tune.repair_every);
  double ChannelWeights::*channels[] = {&ChannelWeights::title, &ChannelWeights::names,
                                        &ChannelWeights::numbers, &ChannelWeights::dates};
  for (size_t round = 0; round < tune.rounds; ++round) {
    for (auto channel : channels) {
      for (double w : kWeightGrid) {
        ClusterOptions o = best;
        o.weights.*channel = w;
        double f = LineSearchThreshold(corpus, &o, tune.repair_every);
        if (f > best_score + 1e-9) best_score = f, best = o;
      }
    }
    if (tune.repair_every == 0) continue;
    for (double split : kSplitGrid) {
      ClusterOptions o = best;
      o.split_threshold = split;
      double f = LineSearchThreshold(corpus, &o, tune.repair_every);
      if (f > best_score + 1e-9) best_score = f, best = o;
    }
    for (double stray : kStrayGrid) {
      ClusterOptions o = best;
      o.stray_factor = stray;
      double f = LineSearchThreshold(corpus, &o, tune.repair_every);
      if (f > best_score + 1e-9) best_score = f, best = o;
    }
  }
  *best_f1 = best_score;
  return best;
}

CrossValidation CrossValidateByTopic(const TuneCorpus& corpus, const ClusterOptions& start,
                                     const TuneOptions& tune, size_t folds,
                                     std::string (*topic_of)(const std::string& id)) {
  std::set<std::string> all;
  for (const ArticleFeatures& a : corpus.articles) all.insert(topic_of(a.id));
  std::vector<std::set<std::string>> groups(std::max<size_t>(folds, 2));
  size_t k = 0;
  for (const std::string& t : all) groups[k++ % groups.size()].insert(t);

  CrossValidation cv;
  cv.folds.resize(groups.size());
  std::vector<ClusterRun> runs(groups.size());
  auto run_fold = [&](size_t f) {
    FoldResult& fold = cv.folds[f];
    fold.topics.assign(groups[f].begin(), groups[f].end());
    TuneCorpus train = Subset(corpus, groups[f], false, topic_of);
    TuneCorpus test = Subset(corpus, groups[f], true, topic_of);
    fold.tuned = TuneEventOptions(train, start, tune, &fold.train_f1);
    runs[f] = RunClusterer(test.articles, test.terms, fold.tuned, tune.repair_every);
    fold.test_f1 = ScoreClusters(runs[f].events, test.gold).bcubed.f1;
  };
  // Folds are independent (RunClusterer shares no state), so they may run
  // on threads of their own.
  std::vector<std::thread> threads;
  for (size_t f = 0; f < groups.size(); ++f) {
    if (tune.parallel_folds) threads.emplace_back(run_fold, f);
    else run_fold(f);
  }
  for (std::thread& t : threads) t.join();
  ClusterMap pooled;
  for (size_t f = 0; f < runs.size(); ++f)
    for (const auto& [id, e] : runs[f].events) pooled[id] = std::to_string(f) + ":" + e;
  cv.pooled = ScoreClusters(pooled, corpus.gold);
  return cv;
}

}  // namespace storyline
