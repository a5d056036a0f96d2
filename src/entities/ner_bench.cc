// Tagging throughput of the embedded NER model, in bytes of input text per
// second: on the reference scenario articles (../shared/seeds), and on the
// first 400 articles of T17's bpoil topic (../shared/data/t17), whose varied
// vocabulary reaches far more of the model's weight table than five
// articles do.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <filesystem>
#include <string>
#include <vector>

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

std::vector<std::string> T17Texts(size_t max_articles) {
  std::vector<std::string> texts;
  std::string path = std::string(STORYLINE_SHARED_DIR) + "/data/t17/bpoil/articles.jsonl";
  if (!std::filesystem::exists(path)) return texts;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json)) return texts;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream docs;
  if (parser.iterate_many(json).get(docs)) return texts;
  for (auto doc : docs) {
    std::string_view text;
    if (doc["text"].get_string().get(text) || text.empty()) continue;
    texts.emplace_back(text);
    if (texts.size() == max_articles) break;
  }
  return texts;
}

void BM_NerTagT17(benchmark::State& state) {
  Result<NerTagger> tagger = NerTagger::LoadDefault();
  std::vector<std::string> texts = T17Texts(400);
  if (!tagger.ok() || texts.empty()) {
    state.SkipWithError("no embedded model or no T17 data");
    return;
  }
  std::vector<std::vector<Span>> sentences;
  size_t bytes = 0;
  for (const std::string& text : texts) {
    sentences.push_back(SplitSentences(text));
    bytes += text.size();
  }
  size_t mentions = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < texts.size(); ++i) {
      std::vector<Mention> m = tagger->Tag(texts[i], sentences[i]);
      mentions += m.size();
      benchmark::DoNotOptimize(m);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * texts.size()));
  state.counters["mentions"] = static_cast<double>(mentions) / state.iterations();
}
BENCHMARK(BM_NerTagT17)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
