// Speed of BuildTimeline on a 1,000-article story: the first 1,000 articles
// of Timeline17 "bpoil" (skipped when ../shared/data is absent), 10 dates of
// 2 sentences: with publication dates only, and with the project tagger.
#include <benchmark/benchmark.h>

#include "common/env.h"
#include "timeline/article_jsonl.h"
#include "timeline/default_tagger.h"
#include "timeline/timeline_builder.h"

namespace storyline {
namespace {

std::vector<TimelineInput> LoadStory(size_t count) {
  auto fs = NewDiskFileSystem();
  const std::string path = std::string(STORYLINE_SHARED_DIR) + "/data/t17/bpoil/articles.jsonl";
  Result<std::string> content = fs->ReadFile(path);
  if (!content.ok()) return {};
  auto articles = ParseArticlesJsonl(*content, path);
  if (!articles.ok()) return {};
  std::vector<TimelineInput> out = std::move(articles).value();
  if (out.size() > count) out.resize(count);
  return out;
}

void RunBench(benchmark::State& state, const DateTaggerFn& tagger) {
  static const std::vector<TimelineInput> story = LoadStory(1000);
  if (story.empty()) {
    state.SkipWithError("../shared/data/t17/bpoil is absent");
    return;
  }
  TimelineOptions options;
  options.sentences_per_date = 2;
  options.query_terms = {"bp", "oil", "spill"};
  options.date_weights.published = 0.5;
  for (auto _ : state) {
    auto timeline = BuildTimeline(story, tagger, options);
    benchmark::DoNotOptimize(timeline.data());
  }
  state.counters["articles"] = static_cast<double>(story.size());
}

void BM_Timeline1000Articles_PublicationDatesOnly(benchmark::State& state) { RunBench(state, nullptr); }
BENCHMARK(BM_Timeline1000Articles_PublicationDatesOnly)->Unit(benchmark::kMillisecond);

void BM_Timeline1000Articles_WithTagger(benchmark::State& state) { RunBench(state, DefaultDateTagger()); }
BENCHMARK(BM_Timeline1000Articles_WithTagger)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
