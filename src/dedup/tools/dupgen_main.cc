// storyline-dupgen: builds a duplicate-detection test corpus from real T17
// articles: the originals (after a strict check drops T17's own
// near-duplicates, original_filter.h) mixed with copies made the way outlets
// make them (copy_maker.h). Writes PREFIX.jsonl ({id, time, outlet, text} in
// publication order, random within a day) and PREFIX.gold.tsv (id<TAB>group,
// the group being the original's id), and prints what it made.
#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "dedup/article_jsonl.h"
#include "dedup/shingle.h"
#include "dedup/tools/copy_maker.h"
#include "dedup/tools/original_filter.h"

namespace storyline::dedup {
namespace {

struct Flags {
  std::string t17 = "../shared/data/t17";
  std::string out = "dupcorpus";
  uint64_t seed = 17;
  double copied = 0.5;    // share of originals that get copies
  int max_copies = 5;     // copies per copied original: 1..max_copies
  size_t min_words = 50;  // shorter T17 files are not used
  bool keep_all = false;  // skip the strict check among originals
  OriginalFilterOptions filter;
};

struct Item {
  Article article;
  std::string topic, group;
  uint64_t order = 0;  // random key within a day
};

std::vector<Item> LoadOriginals(const Flags& f, size_t* short_ones) {
  std::vector<Item> items;
  for (const char* topic : {"bpoil", "egypt", "finan", "h1n1", "haiti", "iraq", "mj"}) {
    auto read = ReadArticlesJsonl(f.t17 + "/" + topic + "/articles.jsonl");
    if (!read.ok()) { fmt::print(stderr, "{}\n", read.status().ToString()); continue; }
    for (Article& a : read->articles) {
      if (!a.published.known() || WordHashes(a.text).size() < f.min_words) { ++*short_ones; continue; }
      items.push_back(Item{std::move(a), topic, "", 0});
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return a.article.published.value < b.article.published.value;
  });
  return items;
}

std::vector<Item> FilterOriginals(std::vector<Item> items, const Flags& f) {
  if (f.keep_all) return items;
  std::vector<std::string> texts;
  for (const Item& i : items) texts.push_back(i.article.text);
  std::vector<bool> keep = KeepDistinctOriginals(texts, f.filter);
  std::vector<Item> kept;
  for (size_t i = 0; i < items.size(); ++i) {
    if (keep[i]) kept.push_back(std::move(items[i]));
  }
  fmt::print("originals dropped by the strict check: {}\n", items.size() - kept.size());
  return kept;
}

std::string AddDays(const std::string& iso, int days) {
  using namespace std::chrono;
  year_month_day ymd{year{std::stoi(iso.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                     day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
  year_month_day out{sys_days{ymd} + std::chrono::days{days}};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(out.year()), static_cast<unsigned>(out.month()),
                     static_cast<unsigned>(out.day()));
}

// Exact Jaccard of copies with their originals, in tenths, and copy kinds.
struct CopyStats {
  size_t histogram[11] = {};
  size_t exact = 0, truncated = 0, rewrite = 0;
  void Add(const std::string& copy, const std::string& original, const std::string& recipe) {
    double j = ExactJaccard(ShingleSet(copy, 3), ShingleSet(original, 3));
    ++histogram[static_cast<int>(j * 10)];
    if (recipe == "exact") ++exact;
    else if (recipe.rfind("truncated", 0) == 0) ++truncated;
    else ++rewrite;
  }
};

std::vector<Item> MakeCopies(std::vector<Item>& originals, const Flags& f, CopyStats* stats) {
  static const char* kOutlets[] = {"Daily Courier", "Metro Wire", "The Observer Online", "Global Post",
                                   "News24 Feed", "City Herald", "Morning Ledger", "World Report"};
  CopyMaker maker(f.seed);
  std::map<std::string, std::vector<size_t>> by_topic;
  for (size_t i = 0; i < originals.size(); ++i) by_topic[originals[i].topic].push_back(i);
  std::vector<Item> copies;
  for (Item& o : originals) {
    const std::vector<size_t>& topic = by_topic[o.topic];
    o.group = o.article.id;
    o.order = maker.rng().Next();
    if (!maker.rng().Chance(f.copied)) continue;
    size_t n = 1 + maker.rng().Below(f.max_copies);
    for (size_t k = 0; k < n; ++k) {
      const Item& donor = originals[topic[maker.rng().Below(topic.size())]];
      std::string outlet = kOutlets[maker.rng().Below(std::size(kOutlets))];
      bool other = donor.article.id != o.article.id;
      MadeCopy c = maker.Make(o.article.text, other ? donor.article.text : "", outlet);
      stats->Add(c.text, o.article.text, c.recipe);
      std::string date = AddDays(o.article.published.value, static_cast<int>(maker.rng().Below(3)));
      Item copy{MakeArticle(fmt::format("copy{}/{}", k, o.article.id), c.text, date, outlet), o.topic,
                o.article.id, maker.rng().Next()};
      copies.push_back(std::move(copy));
    }
  }
  return copies;
}

void Write(std::vector<Item>& items, const std::string& prefix) {
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.article.published.value != b.article.published.value) {
      return a.article.published.value < b.article.published.value;
    }
    return a.order < b.order;
  });
  std::ofstream jsonl(prefix + ".jsonl"), gold(prefix + ".gold.tsv");
  for (const Item& i : items) {
    nlohmann::json j = {{"id", i.article.id}, {"time", i.article.published.value},
                        {"outlet", i.article.outlet}, {"text", i.article.text}};
    jsonl << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    gold << i.article.id << '\t' << i.group << '\n';
  }
}

void Report(const std::vector<Item>& originals, const std::vector<Item>& copies, const CopyStats& s) {
  fmt::print("originals kept: {}\ncopies: {} (exact {}, truncated {}, rewrite {})\n", originals.size(),
             copies.size(), s.exact, s.truncated, s.rewrite);
  fmt::print("exact word-3-gram Jaccard of copy and original:\n");
  for (int b = 0; b <= 10; ++b) {
    if (s.histogram[b]) fmt::print("  {:.1f}-{:.1f}: {}\n", b / 10.0, std::min(1.0, (b + 1) / 10.0), s.histogram[b]);
  }
}

}  // namespace
}  // namespace storyline::dedup

int main(int argc, char** argv) {
  using namespace storyline::dedup;
  Flags f;
  CLI::App app{"storyline-dupgen: make a duplicate-detection test corpus from T17 articles"};
  app.add_option("--t17", f.t17, "the T17 folder (topic/articles.jsonl)")->capture_default_str();
  app.add_option("--out", f.out, "output prefix: PREFIX.jsonl and PREFIX.gold.tsv")->capture_default_str();
  app.add_option("--seed", f.seed, "random seed")->capture_default_str();
  app.add_option("--copied", f.copied, "share of originals that get copies")->capture_default_str();
  app.add_option("--max-copies", f.max_copies, "copies per copied original: 1..N")->capture_default_str();
  app.add_option("--min-words", f.min_words, "skip T17 articles shorter than this")->capture_default_str();
  app.add_flag("--keep-all-originals", f.keep_all, "skip the strict check that drops T17's own near-duplicates");
  app.add_option("--filter-jaccard", f.filter.jaccard, "strict check: exact Jaccard")->capture_default_str();
  app.add_option("--filter-containment", f.filter.containment, "strict check: exact containment")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  size_t short_ones = 0;
  std::vector<Item> originals = FilterOriginals(LoadOriginals(f, &short_ones), f);
  if (originals.empty()) {
    fmt::print(stderr, "storyline-dupgen: no articles read from {}\n", f.t17);
    return 3;
  }
  fmt::print("T17 articles skipped (no date or under {} words): {}\n", f.min_words, short_ones);
  CopyStats stats;
  std::vector<Item> copies = MakeCopies(originals, f, &stats);
  Report(originals, copies, stats);
  std::vector<Item> all = std::move(originals);
  for (Item& c : copies) all.push_back(std::move(c));
  Write(all, f.out);
  fmt::print("wrote {}.jsonl and {}.gold.tsv ({} articles)\n", f.out, f.out, all.size());
  return 0;
}
