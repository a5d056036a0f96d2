#include "entities/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

#include "entities/ner_doc_hints.h"
#include "entities/ner_features.h"
#include "entities/ner_lexicons.h"
#include "entities/ner_tagger.h"
#include "entities/ner_titles.h"
#include "entities/perceptron.h"

namespace storyline {
namespace {

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

// Features of every training sentence. Gazetteer kinds are left out of a
// share of sentences (gazetteer_dropout), and document hints, when given, are
// used in half of them so one model serves both tagging passes.
FeatureCache Featurize(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                       const NerFeaturizer& featurizer, const NerTrainOptions& options,
                       const std::vector<std::vector<uint8_t>>* hints) {
  FeatureCache cache;
  PreparedSentence prepared;
  std::mt19937 rng(options.seed ^ 0x9A2E77u);
  for (size_t s = 0; s < train.size(); ++s) {
    bool use_gazetteer = (rng() % 1000) >= options.gazetteer_dropout * 1000;
    bool use_hints = rng() % 2 == 0;
    std::vector<std::string_view> raw(train[s].tokens.begin(), train[s].tokens.end());
    std::vector<std::string_view> folded(corpus.folded[s].begin(), corpus.folded[s].end());
    featurizer.Prepare(raw, folded, &prepared);
    if (hints && use_hints) prepared.hints = (*hints)[s];
    std::vector<std::vector<uint32_t>> sentence(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) featurizer.Extract(prepared, i, &sentence[i], use_gazetteer);
    cache.rows.push_back(std::move(sentence));
  }
  if (options.min_feature_count > 1) DropRareFeatures(options.min_feature_count, &cache);
  return cache;
}

// One averaged-perceptron training over `subset`, shuffled by `seed` each epoch.
void TrainOneOrder(const FeatureCache& cache, const FoldedCorpus& corpus, std::vector<size_t> subset,
                   const NerTrainOptions& options, uint32_t seed, AveragedPerceptron* perceptron,
                   std::vector<std::string>* log) {
  std::mt19937 rng(seed);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    Shuffle(&subset, &rng);
    size_t wrong = 0, tokens = 0;
    for (size_t s : subset) {
      wrong += perceptron->Learn(cache.rows[s], corpus.gold[s]);
      tokens += corpus.gold[s].size();
    }
    if (log) {
      log->push_back("seed " + std::to_string(seed) + " epoch " + std::to_string(epoch) + ": " +
                     std::to_string(wrong) + " of " + std::to_string(tokens) + " training tokens mistagged");
    }
  }
}

// Trains on the sentences in `subset` once per shuffle seed (options.runs) and
// writes the mean of the runs' averaged weights into `model`: the mean over
// sentence orders is steadier than any one order.
void RunEpochs(const FeatureCache& cache, const FoldedCorpus& corpus, const std::vector<size_t>& subset,
               const NerTrainOptions& options, int runs, NerModel* model, std::vector<std::string>* log) {
  std::vector<float> weights;
  NerTransitions transitions{};
  for (int run = 0; run < runs; ++run) {
    AveragedPerceptron perceptron(size_t{1} << options.hash_bits);
    TrainOneOrder(cache, corpus, subset, options, options.seed + run, &perceptron, log);
    perceptron.AddAveraged(1.0f / runs, &weights, &transitions);
  }
  QuantizeWeights(weights, transitions, model);
}

// Document hints for the training text from first-pass tags that are not
// self-predictions: documents are split in two halves by index parity; each
// half is tagged by a model trained on the other (jackknifing), so the hints
// are as noisy as they will be when tagging new text.
std::vector<std::vector<uint8_t>> JackknifeHints(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                                                 const NerModel& lexicons, const FeatureCache& cache,
                                                 const NerTrainOptions& options) {
  std::vector<std::pair<size_t, size_t>> docs = DocumentRanges(train);
  std::vector<std::vector<int>> first_pass(train.size());
  for (size_t fold = 0; fold < 2; ++fold) {
    std::vector<size_t> subset;
    for (size_t d = 0; d < docs.size(); ++d) {
      for (size_t s = docs[d].first; d % 2 != fold && s < docs[d].second; ++s) subset.push_back(s);
    }
    NerModel model = lexicons;
    RunEpochs(cache, corpus, subset, options, 1, &model, nullptr);
    Result<NerTagger> tagger = NerTagger::FromModel(std::move(model));
    for (size_t d = fold; d < docs.size(); d += 2) {
      for (size_t s = docs[d].first; s < docs[d].second; ++s) {
        std::vector<std::string_view> raw(train[s].tokens.begin(), train[s].tokens.end());
        std::vector<std::string_view> folded(corpus.folded[s].begin(), corpus.folded[s].end());
        first_pass[s] = tagger->TagIds(raw, folded);
      }
    }
  }
  std::vector<std::vector<uint8_t>> hints(train.size());
  for (const auto& [begin, end] : docs) {
    std::vector<std::vector<std::string_view>> raw, folded;
    std::vector<std::vector<int>> tags;
    for (size_t s = begin; s < end; ++s) {
      raw.emplace_back(train[s].tokens.begin(), train[s].tokens.end());
      folded.emplace_back(corpus.folded[s].begin(), corpus.folded[s].end());
      tags.push_back(first_pass[s]);
    }
    std::vector<std::vector<uint8_t>> doc_hints = DocumentHints(raw, folded, tags);
    for (size_t s = begin; s < end; ++s) hints[s] = std::move(doc_hints[s - begin]);
  }
  return hints;
}

}  // namespace

Result<NerModel> TrainNer(const std::vector<NerSentence>& train, const NerTrainOptions& options,
                          std::vector<std::string>* log) {
  if (train.empty()) return Status::InvalidInput("no training sentences");
  if (options.hash_bits < 8 || options.hash_bits > 24) return Status::InvalidInput("hash_bits must be in [8, 24]");
  FoldedCorpus corpus = FoldCorpus(train);
  NerModel model;
  model.hash_bits = options.hash_bits;
  model.weights.assign((size_t{1} << options.hash_bits) * kNerRowStride, 0);
  model.gazetteer = BuildGazetteer(train, corpus, options, log);
  model.titles = LearnTitles(train, corpus, options.title_min_count);
  for (const std::string& t : model.titles) model.gazetteer.Add({t}, kGazTitle);
  for (const std::string& t : BuiltinTitleWords()) model.gazetteer.Add({t}, kGazTitle);
  for (const std::string& w : options.name_like_words) model.gazetteer.Add({w}, kGazNameLike);
  model.clusters = options.clusters;
  NerFeaturizer featurizer(&model.gazetteer, &model.clusters, options.hash_bits);
  std::vector<size_t> all(train.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  FeatureCache cache = Featurize(train, corpus, featurizer, options, nullptr);
  if (options.document_hints) {
    std::vector<std::vector<uint8_t>> hints = JackknifeHints(train, corpus, model, cache, options);
    cache = Featurize(train, corpus, featurizer, options, &hints);
  }
  RunEpochs(cache, corpus, all, options, options.runs, &model, log);
  return model;
}

}  // namespace storyline
