// Assignment throughput and memory of EventClusterer on a synthetic stream
// with an active window of 100,000 articles: 300,000 articles, each one of
// ~5 reports of a happening (its own names, numbers and rare words) mixed
// with Zipf-distributed common words; 2,000 articles a day. The first 100,000
// fill the window; the benchmark then times Add() on the rest (terms
// pre-extracted: BM_Assign/0; BM_Assign/200 adds a Repair() every 200
// articles) and ExtractTerms on real-sized texts separately.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "cluster/event_clusterer.h"

namespace storyline {
namespace {

constexpr size_t kWindow = 100000;
constexpr size_t kStream = 300000;

struct Stream {
  std::vector<ArticleFeatures> articles;
  std::vector<ChannelTerms> terms;
};

ChannelTerms MakeTerms(std::mt19937_64& rng, uint64_t happening) {
  std::uniform_real_distribution<double> u(0, 1);
  ChannelTerms t;
  auto specific = [&](uint64_t salt, size_t n, std::vector<uint64_t>* out) {
    for (size_t i = 0; i < n; ++i) out->push_back((happening * 1000003 + salt * 97 + rng() % (n * 2)) * 0x9E3779B97F4A7C15ULL);
  };
  for (int i = 0; i < 180; ++i)  // Zipf-like common vocabulary of 50,000 words
    t.words.push_back(static_cast<uint64_t>(std::exp(u(rng) * std::log(50000.0))) * 0xC2B2AE3D27D4EB4FULL);
  specific(1, 30, &t.words);
  specific(2, 6, &t.title);
  specific(3, 15, &t.names);
  specific(4, 5, &t.numbers);
  specific(5, 2, &t.dates);
  return t;
}

const Stream& GetStream() {
  static const Stream stream = [] {
    Stream s;
    std::mt19937_64 rng(7);
    for (size_t i = 0; i < kStream; ++i) {
      uint64_t happening = i / 5 + (rng() % 3);  // reports of one happening arrive close together
      ArticleFeatures a;
      a.id = "a" + std::to_string(i);
      a.outlet = "o" + std::to_string(rng() % 500);
      a.day = 15000 + static_cast<int64_t>(i / 2000);
      s.articles.push_back(std::move(a));
      s.terms.push_back(MakeTerms(rng, happening));
    }
    return s;
  }();
  return stream;
}

// Arg: Repair() every that many articles (0: never).
void BM_Assign(benchmark::State& state) {
  const size_t repair_every = static_cast<size_t>(state.range(0));
  const Stream& s = GetStream();
  ClusterOptions options;
  options.active_window_articles = kWindow;
  options.event_window_days = 1000;  // let the article window bound the candidates
  options.story_window_days = 1000;
  EventClusterer clusterer(options);
  for (size_t i = 0; i < kWindow; ++i) clusterer.AddWithTerms(s.articles[i], s.terms[i]);
  size_t i = kWindow;
  for (auto _ : state) {
    if (i == kStream) break;
    benchmark::DoNotOptimize(clusterer.AddWithTerms(s.articles[i], s.terms[i]));
    ++i;
    if (repair_every > 0 && i % repair_every == 0) benchmark::DoNotOptimize(clusterer.Repair());
  }
  state.SetItemsProcessed(static_cast<int64_t>(i - kWindow));
  state.counters["bytes_per_article"] = static_cast<double>(clusterer.MemoryBytes()) / static_cast<double>(i);
  state.counters["events"] = static_cast<double>(clusterer.Events().size());
}
BENCHMARK(BM_Assign)->Arg(0)->Arg(200)->Iterations(kStream - kWindow)->Unit(benchmark::kMicrosecond);

// Term extraction on a ~2 KB English news text (the size of an ECB+ article).
void BM_ExtractTerms(benchmark::State& state) {
  ArticleFeatures a;
  a.title = "Strong earthquake hits Sumatra";
  for (int i = 0; i < 12; ++i)
    a.text += "A magnitude 7.6 earthquake struck off the coast of Sumatra near Padang on Wednesday, "
              "September 30, 2009, killing at least 529 people, Indonesian officials said. ";
  for (auto _ : state) benchmark::DoNotOptimize(ExtractTerms(a));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExtractTerms);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
