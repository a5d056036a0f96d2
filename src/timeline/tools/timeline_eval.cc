// timeline_eval: the Timeline17 benchmark in the standard setting. For every
// topic and every gold timeline: the topic's articles and keywords, N = the
// gold number of dates, M = round(mean sentences per gold date), the input
// restricted to the gold timeline's first..last day (as in Gholipour
// Ghalandari & Ifrim 2020); scores are averaged over all timelines as mean
// precision, mean recall and F1 of those means.
//
//   timeline_eval [--data ../shared/data/t17] [--topics bpoil,egypt] [-v]
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common/env.h"
#include "timeline/article_jsonl.h"
#include "timeline/timeline_builder.h"
#include "timeline/timeline_output.h"
#include "timeline/default_tagger.h"
#include "timeline/tools/gold_timelines.h"
#include "timeline/tilse_metrics.h"

namespace storyline {
namespace {

struct Topic {
  std::string name;
  std::vector<TimelineInput> articles;
  std::vector<std::string> keywords;
  std::vector<timeline::Timeline> gold;
};

Result<Topic> LoadTopic(const FileSystem& fs, const std::string& dir, const std::string& name) {
  Topic t;
  t.name = name;
  const std::string base = dir + "/" + name + "/";
  Result<std::string> articles = fs.ReadFile(base + "articles.jsonl");
  Result<std::string> keywords = fs.ReadFile(base + "keywords.json");
  Result<std::string> gold = fs.ReadFile(base + "timelines.jsonl");
  if (!articles.ok()) return articles.status();
  if (!keywords.ok()) return keywords.status();
  if (!gold.ok()) return gold.status();
  auto a = ParseArticlesJsonl(*articles, base + "articles.jsonl");
  auto k = ParseKeywordsJson(*keywords, base + "keywords.json");
  auto g = ParseGoldTimelines(*gold, base + "timelines.jsonl");
  if (!a.ok()) return a.status();
  if (!k.ok()) return k.status();
  if (!g.ok()) return g.status();
  t.articles = std::move(a).value();
  t.keywords = std::move(k).value();
  t.gold = std::move(g).value();
  return t;
}

// The standard setting for one gold timeline.
TimelineOptions OptionsFor(const timeline::Timeline& gold, const Topic& topic,
                           TimelineOptions base, bool window) {
  size_t sentences = 0;
  for (const auto& [day, sents] : gold.entries) sentences += sents.size();
  base.max_dates = gold.entries.size();
  base.sentences_per_date = static_cast<size_t>(
      std::lround(static_cast<double>(sentences) / static_cast<double>(gold.entries.size())));
  base.query_terms = topic.keywords;
  if (window) {
    base.start = gold.entries.begin()->first;
    base.end = gold.entries.rbegin()->first;
  }
  return base;
}

// Caches tagger output per article text (the same texts recur per timeline);
// keyed by the text's address, so it must not outlive the texts.
DateTaggerFn Memoized(DateTaggerFn tagger) {
  if (!tagger) return nullptr;
  auto cache = std::make_shared<std::map<const char*, std::vector<DateMention>>>();
  return [tagger, cache](std::string_view text, std::string_view anchor) {
    auto it = cache->find(text.data());
    if (it == cache->end()) it = cache->emplace(text.data(), tagger(text, anchor)).first;
    return it->second;
  };
}

// AR1/AR2 = tilse's align_date_content_costs_many_to_one ROUGE-1/2.
void PrintScores(const char* label, const timeline::TimelineScores& s) {
  const auto& ar = s.align_date_content_costs_many_to_one;
  std::printf("%-10s AR1 P %.4f R %.4f F %.4f | AR2 P %.4f R %.4f F %.4f | date P %.4f R %.4f F %.4f\n",
              label, ar.rouge_1.precision, ar.rouge_1.recall, ar.rouge_1.f_score, ar.rouge_2.precision,
              ar.rouge_2.recall, ar.rouge_2.f_score, s.date.precision, s.date.recall, s.date.f_score);
}

}  // namespace
}  // namespace storyline

int main(int argc, char** argv) {
  using namespace storyline;
  CLI::App app{"Timeline17 benchmark for the timeline builder (standard setting)"};
  std::string data = std::string(STORYLINE_SHARED_DIR) + "/data/t17";
  std::vector<std::string> topics = {"bpoil", "egypt", "finan", "h1n1", "haiti", "iraq", "mj"};
  bool verbose = false, no_window = false;
  std::string out_dir;
  TimelineOptions base;
  app.add_option("--data", data, "Timeline17 folder");
  app.add_option("--topics", topics, "topics to run")->delimiter(',');
  app.add_flag("-v,--verbose", verbose, "print each timeline's scores");
  app.add_option("--out", out_dir, "write each predicted timeline here as TOPIC_I.txt (T17 format)");
  app.add_flag("--no-window", no_window, "do not restrict input to the gold time span");
  app.add_option("--max-sim", base.max_similarity);
  app.add_option("--max-sim-across", base.max_similarity_across_days);
  app.add_option("--min-words", base.min_words);
  app.add_option("--max-words", base.max_words);
  app.add_option("--lead", base.candidates.lead_sentences);
  app.add_option("--pub-days", base.candidates.publication_days);
  app.add_option("--knee", base.candidates.knee_filter);
  app.add_option("--first-mention-only", base.candidates.first_mention_only);
  app.add_option("--w-mention-articles", base.date_weights.mention_articles);
  app.add_option("--w-mention-sentences", base.date_weights.mention_sentences);
  app.add_option("--w-published", base.date_weights.published);
  app.add_option("--w-published-next", base.date_weights.published_next);
  CLI11_PARSE(app, argc, argv);

  auto fs = NewDiskFileSystem();
  std::vector<timeline::TimelineScores> all;
  for (const std::string& name : topics) {
    Result<Topic> topic = LoadTopic(*fs, data, name);
    if (!topic.ok()) {
      std::fprintf(stderr, "timeline_eval: %s\n", topic.status().ToString().c_str());
      return 3;
    }
    // One cache per topic: it is keyed by text address, valid while the topic lives.
    DateTaggerFn tagger = Memoized(DefaultDateTagger());
    for (size_t i = 0; i < topic->gold.size(); ++i) {
      const timeline::Timeline& gold = topic->gold[i];
      TimelineOptions options = OptionsFor(gold, *topic, base, !no_window);
      std::vector<TimelineDate> predicted = BuildTimelineDates(topic->articles, tagger, options);
      all.push_back(timeline::EvaluateTimeline(ToEvalTimeline(predicted), {gold}));
      if (!out_dir.empty()) {
        Status st = fs->WriteFile(out_dir + "/" + name + "_" + std::to_string(i) + ".txt",
                                  TimelineToT17(predicted));
        if (!st.ok()) std::fprintf(stderr, "timeline_eval: %s\n", st.ToString().c_str());
      }
      if (verbose) PrintScores((name + "/" + std::to_string(i)).c_str(), all.back());
    }
  }
  PrintScores("average", timeline::AverageScores(all));
  return 0;
}
