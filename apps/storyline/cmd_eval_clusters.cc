// storyline eval clusters: scores event or story clusters against a gold
// partition (BCubed and pairwise P/R/F1, cluster counts). The prediction is
// either a file (--predicted id<TAB>cluster) or made here by running the
// EventClusterer over JSON Lines articles (--articles). --tune and
// --cv-topics learn the event settings on the gold (see src/cluster/tune.h).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cluster/eval_corpus.h"
#include "cluster/metrics.h"
#include "cluster/tune.h"
#include "commands.h"

namespace storyline::cli {
namespace {

struct Flags {
  std::string gold, predicted, level = "event", order = "file";
  std::vector<std::string> articles, background;
  std::string write_predicted;
  bool gold_per_file = false, per_gold = false, tune = false, parallel = false;
  size_t repair_every = 200, cv_folds = 0;  // repair as the pipeline should: every 200 articles
  ClusterOptions options;
};

void AddOptionFlags(CLI::App& app, ClusterOptions& o) {
  app.add_option("--event-threshold", o.event_threshold, "article->event similarity threshold");
  app.add_option("--story-threshold", o.story_threshold, "event->story similarity threshold");
  app.add_option("--story-merge-threshold", o.story_merge_threshold, "repair: story merge threshold");
  app.add_option("--decay-days", o.decay_days, "time decay scale in days");
  app.add_option("--undated-factor", o.undated_factor, "similarity factor when one side has no date");
  app.add_option("--undated-story-factor", o.undated_story_factor, "story similarity divisor without dates");
  app.add_option("--event-window-days", o.event_window_days, "days an event stays open");
  app.add_option("--story-window-days", o.story_window_days, "days a story stays open");
  app.add_option("--w-story-names", o.story_weights.names, "story names weight");
  app.add_option("--w-story-title", o.story_weights.title, "story title weight");
  app.add_option("--update-similarity", o.update_similarity, "same-outlet guard threshold");
  app.add_option("--merge-threshold", o.merge_threshold, "repair: merge threshold");
  app.add_option("--split-threshold", o.split_threshold, "repair: split threshold");
  app.add_option("--split-min-side", o.split_min_side, "repair: smallest side of a split");
  app.add_option("--reassign-margin", o.reassign_margin, "repair: margin to move a member");
  app.add_option("--stray-factor", o.stray_factor, "repair: threshold factor for a lone article");
  app.add_option("--w-title", o.weights.title, "title channel weight");
  app.add_option("--w-names", o.weights.names, "names channel weight");
  app.add_option("--w-numbers", o.weights.numbers, "numbers channel weight");
  app.add_option("--w-dates", o.weights.dates, "dates channel weight");
}

void PrintOptions(const char* label, const ClusterOptions& o) {
  std::printf("%s: event_threshold=%.2f title=%.2f names=%.2f numbers=%.2f dates=%.2f split=%.2f stray=%.2f\n",
              label, o.event_threshold, o.weights.title, o.weights.names, o.weights.numbers, o.weights.dates,
              o.split_threshold, o.stray_factor);
}

void PrintScores(const char* level, const ClusterScores& s) {
  std::printf("level %s: items %zu (missing %zu), gold clusters %zu, predicted clusters %zu\n", level,
              s.items, s.missing_predicted, s.gold_clusters, s.predicted_clusters);
  std::printf("BCubed   P %.4f  R %.4f  F1 %.4f\n", s.bcubed.precision, s.bcubed.recall, s.bcubed.f1);
  std::printf("pairwise P %.4f  R %.4f  F1 %.4f\n", s.pairwise.precision, s.pairwise.recall, s.pairwise.f1);
}

// Per gold cluster: its size and how many predicted events and stories hold it.
void PrintPerGold(const ClusterRun& run, const ClusterMap& gold) {
  std::map<std::string, std::set<std::string>> events, stories;
  std::map<std::string, size_t> sizes;
  for (const auto& [id, g] : gold) {
    ++sizes[g];
    if (run.events.count(id)) events[g].insert(run.events.at(id)), stories[g].insert(run.stories.at(id));
  }
  for (const auto& [g, n] : sizes)
    std::printf("gold %-24s articles %5zu  events %5zu  stories %4zu\n", g.c_str(), n, events[g].size(),
                stories[g].size());
}

void WritePredicted(const std::string& path, const ClusterMap& clusters) {
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (out == nullptr) return;
  for (const auto& [id, c] : clusters) std::fprintf(out, "%s\t%s\n", id.c_str(), c.c_str());
  std::fclose(out);
}

Result<TuneCorpus> LoadCorpus(const Flags& f) {
  TuneCorpus c;
  for (const std::string& path : f.articles) {
    auto read = ReadArticlesJsonl(path);
    if (!read.ok()) return read.status();
    std::string dir = std::filesystem::path(path).parent_path().filename().string();
    for (ArticleFeatures& a : read.value()) {
      if (f.gold_per_file) c.gold[a.id] = dir;
      c.articles.push_back(std::move(a));
    }
  }
  if (f.order == "date") SortByDay(&c.articles);
  for (const ArticleFeatures& a : c.articles) c.terms.push_back(ExtractTerms(a));
  if (!f.gold_per_file) {
    auto gold = ReadClusterTsv(f.gold);
    if (!gold.ok()) return gold.status();
    c.gold = std::move(gold).value();
  }
  return c;
}

void RunCrossValidation(const TuneCorpus& c, const Flags& f) {
  TuneOptions tune{2, f.repair_every, f.parallel};
  CrossValidation cv = CrossValidateByTopic(c, f.options, tune, f.cv_folds, &EcbTopic);
  for (const FoldResult& fold : cv.folds) {
    std::string topics;
    for (const std::string& t : fold.topics) topics += t + " ";
    std::printf("fold topics [%s] train F1 %.4f  held-out F1 %.4f\n", topics.c_str(), fold.train_f1, fold.test_f1);
    PrintOptions("  tuned", fold.tuned);
  }
  std::printf("cross-validated (held-out predictions pooled):\n");
  PrintScores("event", cv.pooled);
}

int EvaluateArticles(Flags& f) {
  auto corpus = LoadCorpus(f);
  if (!corpus.ok()) {
    std::fprintf(stderr, "eval clusters: %s\n", corpus.status().ToString().c_str());
    return kExitFatal;
  }
  const TuneCorpus& c = corpus.value();
  if (f.cv_folds > 0) RunCrossValidation(c, f);
  if (f.tune) {
    double best = 0;
    f.options = TuneEventOptions(c, f.options, TuneOptions{2, f.repair_every}, &best);
    std::printf("tuned on all (event BCubed F1 %.4f)\n", best);
  }
  PrintOptions("options", f.options);
  std::vector<ChannelTerms> background;
  for (const std::string& path : f.background) {
    auto read = ReadArticlesJsonl(path);
    if (!read.ok()) {
      std::fprintf(stderr, "eval clusters: %s\n", read.status().ToString().c_str());
      return kExitFatal;
    }
    for (const ArticleFeatures& a : read.value()) background.push_back(ExtractTerms(a));
  }
  ClusterRun run = RunClusterer(c.articles, c.terms, f.options, f.repair_every, &background);
  if (!f.write_predicted.empty()) WritePredicted(f.write_predicted, f.level == "story" ? run.stories : run.events);
  PrintScores(f.level.c_str(), ScoreClusters(f.level == "story" ? run.stories : run.events, c.gold));
  if (f.per_gold) PrintPerGold(run, c.gold);
  size_t n = c.articles.size();
  std::printf("assignment: %zu articles in %.3f s (%.0f articles/s, terms pre-extracted); memory %zu bytes "
              "(%.0f bytes/article)\n",
              n, run.assign_seconds, n / std::max(run.assign_seconds, 1e-9), run.memory_bytes,
              n ? static_cast<double>(run.memory_bytes) / n : 0.0);
  return kExitOk;
}

int EvaluatePredicted(const Flags& f) {
  auto gold = ReadClusterTsv(f.gold);
  auto pred = ReadClusterTsv(f.predicted);
  if (!gold.ok() || !pred.ok()) {
    std::fprintf(stderr, "eval clusters: %s\n", (!gold.ok() ? gold.status() : pred.status()).ToString().c_str());
    return kExitFatal;
  }
  PrintScores(f.level.c_str(), ScoreClusters(pred.value(), gold.value()));
  return kExitOk;
}

}  // namespace

int RunEvalClusters(int argc, char** argv) {
  CLI::App app{"Score event or story clusters against a gold id<TAB>cluster file", "storyline eval clusters"};
  Flags f;
  app.option_defaults()->always_capture_default();
  app.add_option("--gold", f.gold, "gold id<TAB>cluster file");
  app.add_flag("--gold-per-file", f.gold_per_file, "gold cluster = folder of each --articles file (T17 topics)");
  app.add_option("--level", f.level, "event or story")->check(CLI::IsMember({"event", "story"}));
  app.add_option("--predicted", f.predicted, "predicted id<TAB>cluster file");
  app.add_option("--articles", f.articles, "JSON Lines articles to cluster ({id,text,time?,title?,outlet?})");
  app.add_option("--background", f.background, "JSON Lines articles that only warm the term statistics");
  app.add_option("--write-predicted", f.write_predicted, "write the predicted id<TAB>cluster here");
  app.add_option("--order", f.order, "file or date")->check(CLI::IsMember({"file", "date"}));
  app.add_option("--repair-every", f.repair_every, "run Repair() every N articles and at the end (0: never)");
  app.add_option("--cv-topics", f.cv_folds, "cross-validate the tuning by ECB+ topic with N folds");
  app.add_flag("--parallel", f.parallel, "run cross-validation folds on threads of their own");
  app.add_flag("--tune", f.tune, "tune event settings on the gold before the final run");
  app.add_flag("--per-gold", f.per_gold, "print predicted events/stories per gold cluster");
  AddOptionFlags(app, f.options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  bool has_gold = !f.gold.empty() || (f.gold_per_file && !f.articles.empty());
  if (!has_gold || f.predicted.empty() == f.articles.empty()) {
    std::fprintf(stderr, "%s", app.help().c_str());
    return kExitUsage;
  }
  return f.articles.empty() ? EvaluatePredicted(f) : EvaluateArticles(f);
}

}  // namespace storyline::cli
