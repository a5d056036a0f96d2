// Throughput of the entity and quotation stages on real news text, in bytes of
// article text per second on one core: tagging (for reference), resolution of
// the tagged mentions, quotation extraction and linking. Text: the first ~2 MB of
// Timeline17 "egypt" articles (../shared/data/t17), tagged once before timing.
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "entities/ner_tagger.h"
#include "entities/resolve_test_seeds.h"
#include "entities/resolver.h"
#include "quotes/quote_extractor.h"
#include "quotes/quote_linker.h"
#include "text/sentences.h"

namespace storyline {
namespace {

struct Corpus {
  std::vector<std::string> texts;
  std::vector<std::vector<Mention>> mentions;
  size_t bytes = 0;
};

const Corpus& LoadCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    std::ifstream in(std::string(STORYLINE_SHARED_DIR) + "/data/t17/egypt/articles.jsonl");
    Result<NerTagger> tagger = NerTagger::LoadDefault();
    std::string line;
    while (tagger.ok() && c.bytes < 2'000'000 && std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text")) continue;
      std::string text = j["text"].get<std::string>();
      c.mentions.push_back(tagger->Tag(text, SplitSentences(text)));
      c.bytes += text.size();
      c.texts.push_back(std::move(text));
    }
    return c;
  }();
  return corpus;
}

void BM_ResolveTaggedMentions(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (c.texts.empty()) return state.SkipWithError("no t17 data or no tagger model");
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<std::vector<Mention>> mentions = c.mentions;
    EntityResolver resolver;
    state.ResumeTiming();
    for (size_t i = 0; i < c.texts.size(); ++i) {
      resolver.AddArticle(std::to_string(i), c.texts[i], &mentions[i]);
    }
    benchmark::DoNotOptimize(resolver.Entities());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_ResolveTaggedMentions)->Unit(benchmark::kMillisecond);

// The same with a bound on the entities held (the engine's default is
// 20,000): a checkpoint into an in-memory archive after every `batch`
// articles, then all but state.range(0) entities let go of and revived as
// they are named again. The archive is a map, so this times the resolver's
// side (checkpoint encoding, retiring, revival, context rebuilds), not the
// store's.
void BM_ResolveBounded(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (c.texts.empty()) return state.SkipWithError("no t17 data or no tagger model");
  const size_t max_live = static_cast<size_t>(state.range(0));
  constexpr size_t kBatch = 100;
  size_t revived_held = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<std::vector<Mention>> mentions = c.mentions;
    MemoryEntityArchive archive;
    EntityResolver resolver;
    resolver.AttachArchive(&archive);
    state.ResumeTiming();
    for (size_t i = 0; i < c.texts.size(); ++i) {
      std::string id = std::to_string(i);
      resolver.AddArticle(id, c.texts[i], &mentions[i]);
      for (const Mention& m : mentions[i]) archive.AddEntityArticle(m.entity, id);  // as Store::PutEntity
      if ((i + 1) % kBatch != 0 && i + 1 != c.texts.size()) continue;
      resolver.Retire(max_live);
      EntityResolver::Checkpoint checkpoint = resolver.TakeCheckpoint();
      for (const ArchivedEntity& e : checkpoint.entities) archive.Save(e);
      for (const ArchivedArticle& a : checkpoint.articles) archive.SaveArticle(a);
    }
    revived_held = resolver.live_entities();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["held"] = static_cast<double>(revived_held);
}
BENCHMARK(BM_ResolveBounded)->Arg(1000)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_ExtractQuotes(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (c.texts.empty()) return state.SkipWithError("no t17 data or no tagger model");
  size_t quotes = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < c.texts.size(); ++i) {
      quotes += ExtractQuotes(std::to_string(i), c.texts[i], c.mentions[i]).size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["quotes"] = static_cast<double>(quotes) / state.iterations();
}
BENCHMARK(BM_ExtractQuotes)->Unit(benchmark::kMillisecond);

// Cross-outlet linking of the quotations of the corpus, each reported four
// times (as when outlets copy one another), into a fresh linker per
// iteration: the many candidates sharing common words are the cost.
void BM_LinkQuotes(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (c.texts.empty()) return state.SkipWithError("no t17 data or no tagger model");
  std::vector<Quote> once;
  for (size_t i = 0; i < c.texts.size(); ++i) {
    for (Quote& q : ExtractQuotes(std::to_string(i), c.texts[i], c.mentions[i])) once.push_back(std::move(q));
  }
  std::vector<Quote> all;
  for (int copy = 0; copy < 4; ++copy) all.insert(all.end(), once.begin(), once.end());
  for (auto _ : state) {
    QuoteLinker linker;
    std::vector<Quote> quotes = all;
    linker.Link(&quotes);
    benchmark::DoNotOptimize(quotes);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * all.size()));
  state.counters["quotes"] = static_cast<double>(all.size());
}
BENCHMARK(BM_LinkQuotes)->Unit(benchmark::kMillisecond);

// The t17 text is Penn-Treebank tokenized (`` ''), so it holds no quotation
// marks: quotations are timed on the five seed articles, which have 13.
void BM_ExtractQuotesFromSeeds(benchmark::State& state) {
  std::vector<testing::SeedArticle> seeds = testing::ReadSeeds(STORYLINE_SHARED_DIR);
  if (seeds.empty()) return state.SkipWithError("no seeds");
  size_t bytes = 0, quotes = 0;
  for (const auto& a : seeds) bytes += a.text.size();
  for (auto _ : state) {
    for (const auto& a : seeds) quotes += ExtractQuotes(a.id, a.text, a.mentions).size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["quotes"] = static_cast<double>(quotes) / state.iterations();
}
BENCHMARK(BM_ExtractQuotesFromSeeds);

void BM_TagText(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  Result<NerTagger> tagger = NerTagger::LoadDefault();
  if (c.texts.empty() || !tagger.ok()) return state.SkipWithError("no t17 data or no tagger model");
  for (auto _ : state) {
    for (const std::string& text : c.texts) benchmark::DoNotOptimize(tagger->Tag(text, SplitSentences(text)));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_TagText)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
