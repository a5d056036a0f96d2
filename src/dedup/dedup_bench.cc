// Throughput of the dedup stage on T17 articles (a synthetic text when
// ../shared/data is absent): signatures in bytes/s, the whole stage
// (signature, LSH look-up, verification, insertion) in articles/s, and the
// index's bytes per indexed article (counter "bytes_per_article").
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "dedup/article_jsonl.h"
#include "dedup/duplicate_index.h"
#include "dedup/minhash.h"
#include "dedup/text_lookup.h"

namespace storyline {
namespace {

const std::vector<Article>& Corpus() {
  static const std::vector<Article> articles = [] {
    std::vector<Article> out;
    for (const char* topic : {"bpoil", "egypt", "finan", "h1n1", "haiti", "iraq", "mj"}) {
      auto r = dedup::ReadArticlesJsonl(std::string(STORYLINE_SHARED_DIR) + "/data/t17/" + topic +
                                        "/articles.jsonl");
      if (!r.ok()) continue;
      for (Article& a : r->articles) out.push_back(std::move(a));
    }
    if (out.empty()) {
      std::string text;
      for (int i = 0; i < 100; ++i) text += "Russia and Turkey are working on a ceasefire in Libya, Lavrov said. ";
      for (int i = 0; i < 1000; ++i) out.push_back(dedup::MakeArticle(std::to_string(i), std::to_string(i) + text, "", ""));
    }
    return out;
  }();
  return articles;
}

size_t CorpusBytes() {
  size_t bytes = 0;
  for (const Article& a : Corpus()) bytes += a.text.size();
  return bytes;
}

void BM_Signature(benchmark::State& state) {
  dedup::MinHashOptions options;
  std::vector<dedup::BinValue> sig(options.num_bins);
  std::vector<uint64_t> scratch;
  for (auto _ : state) {
    for (const Article& a : Corpus()) {
      benchmark::DoNotOptimize(dedup::ComputeSignature(a.text, options, sig.data(), &scratch));
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.SetItemsProcessed(state.iterations() * Corpus().size());
}
BENCHMARK(BM_Signature)->Unit(benchmark::kMillisecond);

// The whole stage on the T17 articles as they are (mostly distinct, some
// genuine near-duplicates), a fresh index per pass.
void BM_DuplicateStage(benchmark::State& state) {
  size_t links = 0, bytes = 0, indexed = 0;
  for (auto _ : state) {
    DuplicateIndex index;
    for (const Article& a : Corpus()) links += index.Add(a).size();
    bytes = index.MemoryBytes();
    indexed = index.size();
  }
  state.SetItemsProcessed(state.iterations() * Corpus().size());
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.counters["bytes_per_article"] = static_cast<double>(bytes) / indexed;
  state.counters["links_per_pass"] = static_cast<double>(links) / state.iterations();
}
BENCHMARK(BM_DuplicateStage)->Unit(benchmark::kMillisecond);

// The stage with a full window: 40 passes over T17 with fresh ids (each pass
// a copy of the last, so exact-duplicate look-ups), through a window of
// 100,000 articles that fills and then evicts.
void BM_DuplicateStageFullWindow(benchmark::State& state) {
  DuplicateIndex index;
  std::vector<Article> articles = Corpus();
  size_t pass = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (Article& a : articles) a.id = std::to_string(pass) + "/" + a.id.substr(a.id.find('/') + 1);
    ++pass;
    state.ResumeTiming();
    for (const Article& a : articles) benchmark::DoNotOptimize(index.Add(a));
  }
  state.SetItemsProcessed(state.iterations() * articles.size());
  state.counters["bytes_per_article"] = static_cast<double>(index.MemoryBytes()) / index.size();
  state.counters["indexed"] = static_cast<double>(index.size());
}
BENCHMARK(BM_DuplicateStageFullWindow)->Unit(benchmark::kMillisecond)->Iterations(40);

// The stage on a corpus made by storyline-dupgen (path in the environment
// variable STORYLINE_DUPCORPUS; skipped when unset), with exact verification
// on the texts (Arg 1) or on estimates alone (Arg 0).
void BM_DuplicateStageCorpus(benchmark::State& state) {
  static const std::vector<Article> corpus = [] {
    const char* path = std::getenv("STORYLINE_DUPCORPUS");
    if (path == nullptr) return std::vector<Article>{};
    auto r = dedup::ReadArticlesJsonl(path);
    return r.ok() ? std::move(r->articles) : std::vector<Article>{};
  }();
  if (corpus.empty()) {
    state.SkipWithError("set STORYLINE_DUPCORPUS to a storyline-dupgen .jsonl");
    return;
  }
  MapTextLookup texts;
  for (const Article& a : corpus) texts.Put(a.id, a.text);
  size_t links = 0, bytes = 0, indexed = 0;
  for (auto _ : state) {
    DuplicateIndex index({}, state.range(0) ? &texts : nullptr);
    for (const Article& a : corpus) links += index.Add(a).size();
    bytes = index.MemoryBytes();
    indexed = index.size();
  }
  state.SetItemsProcessed(state.iterations() * corpus.size());
  state.counters["bytes_per_article"] = static_cast<double>(bytes) / indexed;
  state.counters["links_per_pass"] = static_cast<double>(links) / state.iterations();
}
BENCHMARK(BM_DuplicateStageCorpus)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
