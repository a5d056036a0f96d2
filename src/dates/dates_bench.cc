// Date tagging throughput (MB/s, one core) on Timeline17 article texts
// (../shared/data/t17/*/articles.jsonl), or on synthetic news text when the
// data is absent.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dates/date_tagger.h"

namespace storyline {
namespace {

// Up to `limit` bytes of article texts.
std::vector<std::string> LoadT17(size_t limit) {
  std::vector<std::string> texts;
  std::filesystem::path root = std::filesystem::path(STORYLINE_SHARED_DIR) / "data" / "t17";
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) return texts;
  size_t total = 0;
  for (const auto& topic : std::filesystem::directory_iterator(root, ec)) {
    std::ifstream in(topic.path() / "articles.jsonl");
    std::string line;
    while (total < limit && std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      texts.push_back(j["text"].get<std::string>());
      total += texts.back().size();
    }
  }
  return texts;
}

std::vector<std::string> Synthetic() {
  std::string paragraph =
      "MOSCOW, July 8. Russian Foreign Minister Sergey Lavrov said on Wednesday that Turkey and "
      "the Government of National Accord were working on a ceasefire. On January 19, a conference "
      "took place in Berlin. Last year the offensive failed; this past April the GNA launched a "
      "counteroffensive, and talks will resume on Friday, officials said, after two weeks of "
      "consultations held on July 21-22 in Ankara. Prices rose 3.5% to $1,200 in the third "
      "quarter, compared with a year earlier.\n";
  std::vector<std::string> texts;
  for (int i = 0; i < 2000; ++i) texts.push_back(paragraph + paragraph + paragraph);
  return texts;
}

void BM_TagDates(benchmark::State& state) {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> t = LoadT17(32u << 20);
    return t.empty() ? Synthetic() : t;
  }();
  size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  size_t mentions = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) mentions += TagDates(t, "2010-06-15").size();
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
  state.counters["documents"] = static_cast<double>(texts.size());
}
BENCHMARK(BM_TagDates)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
