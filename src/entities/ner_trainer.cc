#include "entities/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

#include "entities/ner_features.h"
#include "entities/perceptron.h"
#include "entities/ner_tags.h"
#include "entities/ner_titles.h"
#include "text/normalize.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

struct FoldedCorpus {
  std::vector<std::vector<std::string>> folded;  // per sentence
  std::vector<std::vector<int>> gold;            // tag ids
};

FoldedCorpus FoldCorpus(const std::vector<NerSentence>& train) {
  FoldedCorpus c;
  for (const NerSentence& s : train) {
    std::vector<std::string> f;
    std::vector<int> g;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      f.push_back(Fold(s.tokens[i]));
      g.push_back(i < s.tags.size() ? ParseNerTag(s.tags[i]) : kTagO);
    }
    c.folded.push_back(std::move(f));
    c.gold.push_back(std::move(g));
  }
  return c;
}

bool StartsLower(const std::string& token) { return !token.empty() && token[0] >= 'a' && token[0] <= 'z'; }

Gazetteer BuildGazetteer(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                         const NerTrainOptions& options, std::vector<std::string>* log) {
  std::unordered_map<std::string, int> lower_counts, first_names, person_words;
  for (size_t s = 0; s < train.size(); ++s) {
    for (size_t i = 0; i < train[s].tokens.size(); ++i) {
      if (StartsLower(train[s].tokens[i])) ++lower_counts[corpus.folded[s][i]];
    }
    for (const TagSpan& span : SpansFromTags(train[s].tags)) {
      if (span.type != "PER") continue;
      if (span.end - span.begin >= 2) ++first_names[corpus.folded[s][span.begin]];
      for (size_t i = span.begin; i < span.end; ++i) ++person_words[corpus.folded[s][i]];
    }
  }
  auto common = [&](const std::string& w) {
    auto it = lower_counts.find(w);
    return it != lower_counts.end() && it->second >= options.common_word_min_count;
  };
  Gazetteer g;
  size_t dropped = 0;
  if (options.use_system_gazetteer) {
    for (const GazetteerEntry& e : LoadSystemGazetteer(options.sources, log)) {
      std::vector<std::string> tokens;
      for (Token& t : Tokenize(e.text)) tokens.push_back(std::move(t.norm));
      if (tokens.size() > 1 && tokens[0] == "the") tokens.erase(tokens.begin());  // matching starts at a capital
      // One-word places that are common words or names of persons in the training
      // text ("Clarence", "Crystal") would mostly mislead.
      if (tokens.size() == 1 && (common(tokens[0]) || person_words.count(tokens[0]))) { ++dropped; continue; }
      g.Add(tokens, e.kinds);
    }
  }
  for (const auto& [w, n] : first_names) {
    if (!common(w) && !IsBuiltinTitleWord(w)) g.Add({w}, kGazFirstName);
  }
  for (const auto& [w, n] : lower_counts) {
    if (n >= options.common_word_min_count) g.Add({w}, kGazCommonWord);
  }
  if (log) {
    log->push_back("gazetteer: " + std::to_string(g.size()) + " phrases (" + std::to_string(dropped) +
                   " one-word places dropped as common words or person names); countries " + std::to_string(g.CountKind(kGazCountry)) +
                   ", regions " + std::to_string(g.CountKind(kGazRegion)) + ", cities " +
                   std::to_string(g.CountKind(kGazCity)) + ", first names " +
                   std::to_string(g.CountKind(kGazFirstName)) + ", common words " +
                   std::to_string(g.CountKind(kGazCommonWord)));
  }
  return g;
}

std::vector<std::string> LearnTitles(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                                     int min_count) {
  std::unordered_map<std::string, int> counts;
  for (size_t s = 0; s < train.size(); ++s) {
    for (const TagSpan& span : SpansFromTags(train[s].tags)) {
      if (span.type != "PER" || span.begin == 0) continue;
      size_t prev = span.begin - 1;
      const std::string& raw = train[s].tokens[prev];
      if (train[s].tags[prev] != "O" || raw.empty() || !(raw[0] >= 'A' && raw[0] <= 'Z')) continue;
      if (!IsStopWord(corpus.folded[s][prev])) ++counts[corpus.folded[s][prev]];
    }
  }
  std::vector<std::string> titles;
  for (const auto& [w, n] : counts) {
    if (n >= min_count && !IsBuiltinTitleWord(w)) titles.push_back(w);
  }
  std::sort(titles.begin(), titles.end());
  return titles;
}

// Fisher-Yates with the raw generator output, so the order is the same with any standard library.
void Shuffle(std::vector<size_t>* order, std::mt19937* rng) {
  for (size_t i = order->size(); i > 1; --i) std::swap((*order)[i - 1], (*order)[(*rng)() % i]);
}

// Feature rows of every token of every sentence, computed once.
struct FeatureCache {
  std::vector<std::vector<std::vector<uint32_t>>> rows;  // sentence -> token -> rows
};

void DropRareFeatures(int min_count, FeatureCache* cache) {
  std::unordered_map<uint32_t, int> counts;
  for (const auto& sentence : cache->rows) {
    for (const auto& token : sentence) {
      for (uint32_t r : token) ++counts[r];
    }
  }
  for (auto& sentence : cache->rows) {
    for (auto& token : sentence) {
      token.erase(std::remove_if(token.begin(), token.end(), [&](uint32_t r) { return counts[r] < min_count; }),
                  token.end());
    }
  }
}

FeatureCache Featurize(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                       const NerFeaturizer& featurizer, const NerTrainOptions& options) {
  FeatureCache cache;
  PreparedSentence prepared;
  std::mt19937 rng(options.seed ^ 0x9A2E77u);
  for (size_t s = 0; s < train.size(); ++s) {
    bool use_gazetteer = (rng() % 1000) >= options.gazetteer_dropout * 1000;
    std::vector<std::string_view> raw(train[s].tokens.begin(), train[s].tokens.end());
    std::vector<std::string_view> folded(corpus.folded[s].begin(), corpus.folded[s].end());
    featurizer.Prepare(raw, folded, &prepared);
    std::vector<std::vector<uint32_t>> sentence(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) featurizer.Extract(prepared, i, &sentence[i], use_gazetteer);
    cache.rows.push_back(std::move(sentence));
  }
  if (options.min_feature_count > 1) DropRareFeatures(options.min_feature_count, &cache);
  return cache;
}

}  // namespace

Result<NerModel> TrainNer(const std::vector<NerSentence>& train, const NerTrainOptions& options,
                          std::vector<std::string>* log) {
  if (train.empty()) return Status::InvalidInput("no training sentences");
  if (options.hash_bits < 8 || options.hash_bits > 24) return Status::InvalidInput("hash_bits must be in [8, 24]");
  FoldedCorpus corpus = FoldCorpus(train);
  NerModel model;
  model.hash_bits = options.hash_bits;
  model.gazetteer = BuildGazetteer(train, corpus, options, log);
  model.titles = LearnTitles(train, corpus, options.title_min_count);
  for (const std::string& t : model.titles) model.gazetteer.Add({t}, kGazTitle);
  for (const std::string& t : BuiltinTitleWords()) model.gazetteer.Add({t}, kGazTitle);
  NerFeaturizer featurizer(&model.gazetteer, options.hash_bits);
  FeatureCache cache = Featurize(train, corpus, featurizer, options);

  AveragedPerceptron perceptron(size_t{1} << options.hash_bits);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    Shuffle(&order, &rng);
    size_t wrong = 0, tokens = 0;
    for (size_t s : order) {
      wrong += perceptron.Learn(cache.rows[s], corpus.gold[s]);
      tokens += corpus.gold[s].size();
    }
    if (log) {
      log->push_back("epoch " + std::to_string(epoch) + ": " + std::to_string(wrong) + " of " +
                     std::to_string(tokens) + " training tokens mistagged");
    }
  }
  perceptron.Finalize(&model);
  return model;
}

}  // namespace storyline
