// Reading throughput: all T17 articles.jsonl through ReadDocuments (skips when
// ../shared/data is absent). Reports documents/s and bytes/s.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "ingest/reader.h"
#include "ingest/t17_files.h"

namespace storyline {
namespace {

void BM_ReadT17(benchmark::State& state) {
  auto fs = NewDiskFileSystem();
  std::vector<std::string> files = T17ArticleFiles(*fs, STORYLINE_SHARED_DIR);
  if (files.empty()) {
    state.SkipWithError("../shared/data/t17 is absent");
    return;
  }
  size_t docs = 0, bytes = 0;
  for (auto _ : state) {
    ReadDocuments(files, *fs, {}, [&](RawDocument&& d) { ++docs, bytes += d.text.size(); },
                  [](const Status&) {});
  }
  state.SetItemsProcessed(docs);
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ReadT17)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace storyline
BENCHMARK_MAIN();
