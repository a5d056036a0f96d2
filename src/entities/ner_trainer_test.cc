#include "entities/ner_trainer.h"

#include <gtest/gtest.h>

#include "entities/ner_tagger.h"
#include "entities/ner_tags.h"
#include "entities/ner_viterbi.h"
#include "entities/perceptron.h"

namespace storyline {
namespace {

NerSentence Sentence(std::vector<std::string> tokens, std::vector<std::string> tags) {
  NerSentence s;
  s.tokens = std::move(tokens);
  s.tags = std::move(tags);
  return s;
}

// A small corpus the perceptron must fit: names after "met", places after "in".
std::vector<NerSentence> TinyCorpus() {
  std::vector<NerSentence> corpus;
  const char* people[][2] = {{"Anna", "Berg"}, {"Omar", "Haddad"}, {"Lena", "Kraus"}, {"Ivan", "Petrov"}};
  const char* places[] = {"Oslo", "Cairo", "Lima", "Perth"};
  for (int round = 0; round < 5; ++round) {
    for (int k = 0; k < 4; ++k) {
      corpus.push_back(Sentence({"She", "met", people[k][0], people[k][1], "in", places[(k + round) % 4], "."},
                                {"O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"}));
    }
  }
  return corpus;
}

NerTrainOptions SmallOptions() {
  NerTrainOptions o;
  o.use_system_gazetteer = false;
  o.hash_bits = 12;
  o.epochs = 5;
  o.runs = 1;
  o.min_feature_count = 1;
  o.gazetteer_dropout = 0;
  o.document_hints = false;
  return o;
}

TEST(NerTrainer, LearnsATinyCorpus) {
  Result<NerModel> model = TrainNer(TinyCorpus(), SmallOptions());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  Result<NerTagger> tagger = NerTagger::FromModel(std::move(*model));
  ASSERT_TRUE(tagger.ok());
  EXPECT_EQ(tagger->TagTokens({"She", "met", "Omar", "Haddad", "in", "Lima", "."}),
            (std::vector<std::string>{"O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"}));
}

TEST(NerTrainer, IsDeterministic) {
  Result<NerModel> a = TrainNer(TinyCorpus(), SmallOptions());
  Result<NerModel> b = TrainNer(TinyCorpus(), SmallOptions());
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
}

TEST(NerTrainer, UnknownTagsTakeThePredictionWhereValid) {
  const int u = kTagUnknown;
  EXPECT_EQ(FillUnknownTags({u, kTagO, u}, {kTagBOrg, kTagO, kTagBLoc}),
            (std::vector<int>{kTagBOrg, kTagO, kTagBLoc}));
  // An inside tag that would not continue the known tag before it becomes O,
  // and so does a tag after which the known next tag could not follow.
  EXPECT_EQ(FillUnknownTags({kTagO, u}, {kTagO, kTagIPer}), (std::vector<int>{kTagO, kTagO}));
  EXPECT_EQ(FillUnknownTags({u, kTagIPer}, {kTagBOrg, kTagIOrg}), (std::vector<int>{kTagO, kTagIPer}));
}

// A corpus whose names are only partly annotated still trains: the open tags
// do not count as errors and do not pull the weights toward O.
TEST(NerTrainer, TrainsOnPartialAnnotation) {
  std::vector<NerSentence> corpus = TinyCorpus();
  for (size_t i = 0; i < corpus.size(); i += 2) corpus[i].tags[5] = kUnknownNerTag;
  Result<NerModel> model = TrainNer(corpus, SmallOptions());
  ASSERT_TRUE(model.ok());
  Result<NerTagger> tagger = NerTagger::FromModel(std::move(*model));
  ASSERT_TRUE(tagger.ok());
  EXPECT_EQ(tagger->TagTokens({"She", "met", "Omar", "Haddad", "in", "Lima", "."})[5], "B-LOC");
}

TEST(NerTrainer, EmptyCorpusIsAnError) { EXPECT_FALSE(TrainNer({}, SmallOptions()).ok()); }

TEST(NerViterbi, NeverStartsAnEntityWithInside) {
  // Emissions favour I-PER everywhere; the constraints force B-PER first.
  std::vector<float> emissions(3 * kNumNerTags, 0.0f);
  for (int i = 0; i < 3; ++i) emissions[i * kNumNerTags + kTagIPer] = 5.0f;
  emissions[kTagBPer] = 1.0f;
  NerTransitions transitions{};
  std::vector<int> tags = ViterbiDecode(emissions, 3, transitions);
  EXPECT_EQ(tags, (std::vector<int>{kTagBPer, kTagIPer, kTagIPer}));
}

}  // namespace
}  // namespace storyline
