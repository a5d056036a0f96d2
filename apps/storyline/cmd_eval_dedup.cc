// storyline eval dedup: scores duplicate groups against a gold grouping
// (id<TAB>group a line) with pairwise precision, recall, F1 and the adjusted
// Rand index. The predicted grouping is either read (--predicted, same
// format) or made here (--articles FILE.jsonl) by running the DuplicateIndex
// over the articles in file order: each article's group is the id of its
// original (after following re-pointed links), or its own id.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "commands.h"
#include "dedup/align.h"
#include "dedup/article_jsonl.h"
#include "dedup/duplicate_index.h"
#include "dedup/metrics.h"
#include "dedup/text_lookup.h"

namespace storyline::cli {
namespace {

using dedup::Grouping;

struct EvalFlags {
  std::string gold, predicted, articles, links_out;
  bool json = false;
  bool passages = false;
  bool no_verify = false;
  DedupOptions options;
};

// Reads id<TAB>group lines; blank lines and '#' comments are skipped, other
// malformed lines are reported as file:line and skipped.
bool ReadGrouping(const std::string& path, Grouping* out, std::vector<std::string>* errors) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  for (size_t no = 1; std::getline(in, line); ++no) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) {
      errors->push_back(fmt::format("{}:{}: expected id<TAB>group", path, no));
      continue;
    }
    (*out)[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return true;
}

struct RunStats {
  size_t articles = 0, exact = 0, near = 0, contained = 0, passages = 0;
  double seconds = 0, passage_seconds = 0;
  size_t index_bytes = 0, indexed = 0;
  DedupStats work;
};

// Follows article -> original links to the root (links are re-pointed when an
// earlier publisher arrives, so chains are short; a cycle guard bounds them).
Grouping GroupsFromLinks(const std::vector<Article>& articles,
                         const std::unordered_map<std::string, std::string>& original_of) {
  Grouping groups;
  for (const Article& a : articles) {
    std::string id = a.id;
    for (int hops = 0; hops < 64; ++hops) {
      auto it = original_of.find(id);
      if (it == original_of.end() || it->second == id) break;
      id = it->second;
    }
    groups[a.id] = id;
  }
  return groups;
}

void CountKinds(const std::unordered_map<std::string, DuplicateLink>& links, RunStats* stats) {
  for (const auto& [id, link] : links) {
    if (link.kind == DuplicateKind::kExact) ++stats->exact;
    if (link.kind == DuplicateKind::kNear) ++stats->near;
    if (link.kind == DuplicateKind::kContained) ++stats->contained;
  }
}

// Aligns every final link's copy with its original (the --passages check).
void AlignAll(const std::vector<Article>& articles, const std::unordered_map<std::string, DuplicateLink>& links,
              RunStats* stats) {
  std::unordered_map<std::string, const Article*> by_id;
  for (const Article& a : articles) by_id[a.id] = &a;
  auto start = std::chrono::steady_clock::now();
  for (const auto& [id, link] : links) {
    auto copy = by_id.find(link.article), original = by_id.find(link.original);
    if (copy == by_id.end() || original == by_id.end()) continue;
    stats->passages += AlignPassages(copy->second->text, original->second->text).size();
  }
  stats->passage_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void WriteLinks(const std::string& path, const std::unordered_map<std::string, DuplicateLink>& links) {
  std::ofstream out(path);
  for (const auto& [id, link] : links) {
    out << link.article << '\t' << link.original << '\t' << DuplicateKindName(link.kind) << '\t'
        << fmt::format("{:.3f}", link.similarity) << '\n';
  }
}

Grouping RunIndex(const std::vector<Article>& articles, const EvalFlags& flags, RunStats* stats) {
  MapTextLookup texts;
  for (const Article& a : articles) texts.Put(a.id, a.text);
  DuplicateIndex index(flags.options, flags.no_verify ? nullptr : &texts);
  std::unordered_map<std::string, DuplicateLink> links;  // latest link per copy
  auto start = std::chrono::steady_clock::now();
  for (const Article& a : articles) {
    for (DuplicateLink& link : index.Add(a)) links[link.article] = std::move(link);
  }
  stats->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  stats->articles = articles.size();
  stats->index_bytes = index.MemoryBytes();
  stats->indexed = index.size();
  stats->work = index.stats();
  CountKinds(links, stats);
  if (flags.passages) AlignAll(articles, links, stats);
  if (!flags.links_out.empty()) WriteLinks(flags.links_out, links);
  std::unordered_map<std::string, std::string> original_of;
  for (const auto& [id, link] : links) original_of[id] = link.original;
  return GroupsFromLinks(articles, original_of);
}

// Predicted pairs of two gold representatives (items whose id is their gold
// group's label: the originals of a generated corpus) in one predicted group.
uint64_t RepresentativePairs(const Grouping& gold, const Grouping& predicted) {
  std::unordered_map<std::string, uint64_t> per_group;
  for (const auto& [id, group] : gold) {
    auto it = predicted.find(id);
    if (id == group && it != predicted.end()) ++per_group[it->second];
  }
  uint64_t pairs = 0;
  for (const auto& [group, n] : per_group) pairs += n * (n - 1) / 2;
  return pairs;
}

void Print(const dedup::GroupingScores& s, const RunStats& r, uint64_t rep_pairs, bool json) {
  double rate = r.seconds > 0 ? r.articles / r.seconds : 0;
  double per_article = r.indexed ? static_cast<double>(r.index_bytes) / r.indexed : 0;
  if (json) {
    fmt::print("{{\"precision\": {:.4f}, \"recall\": {:.4f}, \"f1\": {:.4f}, \"ari\": {:.4f}, \"items\": {}, "
               "\"gold_groups\": {}, \"predicted_groups\": {}, \"gold_pairs\": {}, \"predicted_pairs\": {}, "
               "\"true_pairs\": {}, \"representative_pairs\": {}, \"articles\": {}, \"links_exact\": {}, "
               "\"links_near\": {}, \"links_contained\": {}, \"passages\": {}, \"seconds\": {:.3f}, "
               "\"articles_per_second\": {:.0f}, \"index_bytes_per_article\": {:.0f}}}\n",
               s.precision, s.recall, s.f1, s.ari, s.items, s.gold_groups, s.predicted_groups, s.gold_pairs,
               s.predicted_pairs, s.true_pairs, rep_pairs, r.articles, r.exact, r.near, r.contained,
               r.passages, r.seconds, rate, per_article);
    return;
  }
  fmt::print("items {}  gold groups {}  predicted groups {}\n", s.items, s.gold_groups, s.predicted_groups);
  fmt::print("pairs: gold {}  predicted {}  true {}\n", s.gold_pairs, s.predicted_pairs, s.true_pairs);
  fmt::print("pairwise precision {:.4f}  recall {:.4f}  F1 {:.4f}\n", s.precision, s.recall, s.f1);
  fmt::print("adjusted Rand index {:.4f}\n", s.ari);
  fmt::print("gold representatives (id == group) predicted together: {} pairs\n", rep_pairs);
  if (r.articles == 0) return;
  fmt::print("links: exact {}  near {}  contained {}\n", r.exact, r.near, r.contained);
  fmt::print("index: {} articles in {:.3f} s ({:.0f} articles/s), {:.0f} bytes per indexed article\n",
             r.articles, r.seconds, rate, per_article);
  fmt::print("work: {} candidates estimated, {} texts verified exactly\n", r.work.candidates, r.work.verified);
  if (r.passages) fmt::print("passages: {} aligned in {:.3f} s\n", r.passages, r.passage_seconds);
}

void AddFlags(CLI::App& app, EvalFlags& f) {
  app.add_option("--gold", f.gold, "gold grouping: id<TAB>group a line")->required();
  auto* predicted = app.add_option("--predicted", f.predicted, "predicted grouping: id<TAB>group a line");
  auto* articles = app.add_option("--articles", f.articles,
                                  "JSON Lines {id, text, time?|published?, outlet?|source_dir?} to deduplicate");
  predicted->excludes(articles);
  app.add_flag("--json", f.json, "print the scores as one JSON object");
  app.add_flag("--no-verify", f.no_verify, "decide on MinHash estimates alone (no exact check on the texts)");
  app.add_flag("--passages", f.passages, "also align every copy with its original and count the passages");
  app.add_option("--links-out", f.links_out, "write the final links: copy<TAB>original<TAB>kind<TAB>similarity");
  app.add_option("--window", f.options.window_articles, "articles kept in the index")->capture_default_str();
  app.add_option("--near-jaccard", f.options.near_jaccard, "Jaccard threshold for near-duplicates")
      ->capture_default_str();
  app.add_option("--containment", f.options.containment, "containment threshold for cut-down copies")
      ->capture_default_str();
  app.add_option("--bands", f.options.bands, "LSH bands (of 2 rows)")->capture_default_str();
}

}  // namespace

int RunEvalDedup(int argc, char** argv) {
  CLI::App app{"score duplicate groups against a gold grouping (pairwise P/R/F1, adjusted Rand index)",
               "storyline eval dedup"};
  EvalFlags flags;
  AddFlags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (flags.predicted.empty() == flags.articles.empty()) {
    std::fprintf(stderr, "storyline eval dedup: give --predicted FILE or --articles FILE.jsonl\n%s",
                 app.help().c_str());
    return kExitUsage;
  }
  std::vector<std::string> errors;
  Grouping gold, predicted;
  if (!ReadGrouping(flags.gold, &gold, &errors)) {
    std::fprintf(stderr, "storyline eval dedup: cannot read %s\n", flags.gold.c_str());
    return kExitFatal;
  }
  RunStats stats;
  if (!flags.predicted.empty()) {
    if (!ReadGrouping(flags.predicted, &predicted, &errors)) {
      std::fprintf(stderr, "storyline eval dedup: cannot read %s\n", flags.predicted.c_str());
      return kExitFatal;
    }
  } else {
    Result<dedup::JsonlArticles> read = dedup::ReadArticlesJsonl(flags.articles);
    if (!read.ok()) {
      std::fprintf(stderr, "storyline eval dedup: %s\n", read.status().ToString().c_str());
      return kExitFatal;
    }
    errors.insert(errors.end(), read->errors.begin(), read->errors.end());
    predicted = RunIndex(read->articles, flags, &stats);
  }
  for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
  dedup::GroupingScores scores = dedup::ScoreGroupings(gold, predicted);
  Print(scores, stats, RepresentativePairs(gold, predicted), flags.json);
  return errors.empty() ? kExitOk : kExitPartial;
}

}  // namespace storyline::cli
