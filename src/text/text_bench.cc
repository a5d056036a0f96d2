// Throughput of the text stage on T17 text (falls back to a synthetic text
// when ../shared/data is absent). Reports bytes/s.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "text/sentences.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

const std::string& Corpus() {
  static const std::string text = [] {
    std::ifstream in(std::string(STORYLINE_SHARED_DIR) + "/data/t17/egypt/articles.jsonl");
    std::stringstream ss;
    if (in) ss << in.rdbuf();
    std::string s = ss.str().substr(0, 4 << 20);
    if (s.empty()) {
      for (int i = 0; i < 20000; ++i) s += "Russia and Turkey are working on a ceasefire in Libya, Lavrov said. ";
    }
    return s;
  }();
  return text;
}

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Tokenize(Corpus()));
  state.SetBytesProcessed(state.iterations() * Corpus().size());
}
BENCHMARK(BM_Tokenize);

void BM_ContentTerms(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ContentTerms(Corpus()));
  state.SetBytesProcessed(state.iterations() * Corpus().size());
}
BENCHMARK(BM_ContentTerms);

void BM_SplitSentences(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(SplitSentences(Corpus()));
  state.SetBytesProcessed(state.iterations() * Corpus().size());
}
BENCHMARK(BM_SplitSentences);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
