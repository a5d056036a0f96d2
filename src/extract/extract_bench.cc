// Ingest + extraction throughput on all T17 articles.jsonl (ReadDocuments then
// Extractor::Extract for every document), and extraction alone on the seeds.
// Reports documents/s (items) and raw text bytes/s, both per CPU second, and the
// average share of raw bytes kept by cleaning for articles above 1 KiB. Skips
// when data is absent.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "extract/extractor.h"
#include "ingest/reader.h"
#include "ingest/t17_files.h"

namespace storyline {
namespace {

void BM_ReadAndExtractT17(benchmark::State& state) {
  auto fs = NewDiskFileSystem();
  std::vector<std::string> files = T17ArticleFiles(*fs, STORYLINE_SHARED_DIR);
  if (files.empty()) {
    state.SkipWithError("../shared/data/t17 is absent");
    return;
  }
  size_t docs = 0, bytes = 0, big = 0;
  double kept_share = 0;  // of raw bytes, over articles above 1 KiB
  for (auto _ : state) {
    Extractor extractor;  // fresh outlet statistics each pass
    ReadDocuments(files, *fs, {}, [&](RawDocument&& d) {
      bytes += d.text.size();
      ++docs;
      Article a = extractor.Extract(std::move(d));
      if (a.raw.size() > 1024) {
        ++big;
        kept_share += static_cast<double>(a.text.size()) / static_cast<double>(a.raw.size());
      }
      benchmark::DoNotOptimize(a);
    }, [](const Status&) {});
  }
  state.SetItemsProcessed(static_cast<int64_t>(docs));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["kept_share_over_1KiB"] = big == 0 ? 0.0 : kept_share / static_cast<double>(big);
}
BENCHMARK(BM_ReadAndExtractT17)->Unit(benchmark::kMillisecond);

void BM_ExtractSeeds(benchmark::State& state) {
  std::vector<RawDocument> seeds;
  for (const char* name : {"000_9b4cb2ec781377c7", "001_a6d6151a75f7c49e", "002_3d73dd3adbcc7228",
                           "003_b10da00e773b39b2", "004_53a9463a541b4215"}) {
    std::ifstream in(std::string(STORYLINE_SHARED_DIR) + "/seeds/" + name + ".txt");
    std::stringstream ss;
    ss << in.rdbuf();
    if (ss.str().empty()) continue;
    RawDocument doc;
    doc.id = name;
    doc.text = ss.str();
    seeds.push_back(std::move(doc));
  }
  if (seeds.empty()) {
    state.SkipWithError("../shared/seeds is absent");
    return;
  }
  Extractor extractor;
  size_t docs = 0, bytes = 0;
  for (auto _ : state) {
    for (const RawDocument& d : seeds) {
      benchmark::DoNotOptimize(extractor.Extract(d));
      ++docs, bytes += d.text.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(docs));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ExtractSeeds);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
