// Tagging throughput of the embedded NER model on the reference scenario
// articles (../shared/seeds), in bytes of input text per second.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "entities/conll.h"
#include "entities/ner_tagger.h"
#include "text/sentences.h"

namespace storyline {
namespace {

std::string SeedText() {
  std::string all;
  std::string dir = std::string(STORYLINE_SHARED_DIR) + "/seeds";
  if (!std::filesystem::exists(dir)) return all;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".txt") continue;
    Result<std::string> text = ReadTextFile(e.path().string());
    if (text.ok()) all += *text + "\n";
  }
  return all;
}

void BM_NerTagText(benchmark::State& state) {
  Result<NerTagger> tagger = NerTagger::LoadDefault();
  std::string text = SeedText();
  if (!tagger.ok() || text.empty()) {
    state.SkipWithError("no embedded model or no seed texts");
    return;
  }
  std::vector<Span> sentences = SplitSentences(text);
  size_t mentions = 0;
  for (auto _ : state) {
    std::vector<Mention> m = tagger->Tag(text, sentences);
    mentions += m.size();
    benchmark::DoNotOptimize(m);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["mentions"] = static_cast<double>(mentions) / state.iterations();
}
BENCHMARK(BM_NerTagText);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
