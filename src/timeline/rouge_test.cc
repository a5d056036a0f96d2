#include "timeline/rouge.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "timeline/smart_stopwords.h"
#include "timeline/wordnet_exceptions.h"

namespace storyline::timeline {
namespace {

TEST(SmartStopWords, ListsRougeCommonWords) {
  EXPECT_TRUE(IsSmartStopWord("the"));
  EXPECT_TRUE(IsSmartStopWord("said"));
  EXPECT_TRUE(IsSmartStopWord("reuters"));
  EXPECT_TRUE(IsSmartStopWord("took"));
  EXPECT_FALSE(IsSmartStopWord("takes"));
  EXPECT_FALSE(IsSmartStopWord("protest"));
  EXPECT_EQ(SmartStopWordCount(), 596u);  // 598 lines, "may" and "would" twice
}

TEST(WordNetExceptions, MapsIrregularFormsToTheirBase) {
  EXPECT_EQ(WordNetBaseForm("children"), "child");
  EXPECT_EQ(WordNetBaseForm("mice"), "mouse");
  EXPECT_EQ(WordNetBaseForm("protests"), std::nullopt);
  // adj.exc lists "offer off" then "offer offer": the later line wins.
  EXPECT_EQ(WordNetBaseForm("offer"), "offer");
}

TEST(Rouge, TokenizesLikeRouge155) {
  RougeScorer rouge;
  EXPECT_EQ(rouge.Analyze({"Anti-government protesters ( 200 ) clashed -- police said ."}),
            (std::vector<std::string>{"anti", "govern", "protest", "200", "clash", "polic"}));
  // Sentences are joined; text after '<' is lost; '^' is written "&circ;";
  // "fled" is an irregular form WordNet lists.
  EXPECT_EQ(rouge.Analyze({"Cats fled <b>dogs", "pq^rs"}),
            (std::vector<std::string>{"cat", "flee", "pq", "circ", "rs"}));
  // Only tokens longer than 3 characters are stemmed; WordNet comes first.
  EXPECT_EQ(rouge.Analyze({"ran runs children mice"}),
            (std::vector<std::string>{"ran", "run", "child", "mouse"}));
}

TEST(Rouge, BigramsSpanRemovedStopWordsAndSentences) {
  RougeScorer rouge;
  const std::vector<RougeCounts> c =
      rouge.Count({"protesters clashed with police"}, {{"protesters clashed .", "police"}});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].hit, 2);  // "protest clash", "clash polic"
  EXPECT_EQ(c[1].peer, 2);
  EXPECT_EQ(c[1].model, 2);
}

TEST(Rouge, ModelAverageCountsThePeerOncePerReference) {
  RougeScorer rouge;
  const std::vector<RougeCounts> c = rouge.Count({"protesters clashed"}, {{"protesters"}, {}});
  EXPECT_EQ(c[0].hit, 1);
  EXPECT_EQ(c[0].peer, 4);
  EXPECT_EQ(c[0].model, 1);
  const PrecisionRecallF s = ToPrecisionRecallF(c[0]);
  EXPECT_DOUBLE_EQ(s.precision, 0.25);
  EXPECT_DOUBLE_EQ(s.recall, 1.0);
  EXPECT_DOUBLE_EQ(s.f_score, 0.4);
}

TEST(Rouge, BestModelModeKeepsTheReferenceWithTheHighestRecall) {
  RougeOptions options;
  options.model_average = false;
  RougeScorer rouge(options);
  const std::vector<RougeCounts> c =
      rouge.Count({"protesters clashed"}, {{"troops fired shots"}, {"protesters marched"}});
  EXPECT_EQ(c[0].hit, 1);
  EXPECT_EQ(c[0].peer, 2);
  EXPECT_EQ(c[0].model, 2);
}

TEST(Rouge, EmptyTextsScoreZero) {
  RougeScorer rouge;
  const PrecisionRecallF s = rouge.Score({""}, {{""}})[0];
  EXPECT_EQ(s.precision, 0);
  EXPECT_EQ(s.recall, 0);
  EXPECT_EQ(s.f_score, 0);
}

// Every case of rouge155_count_cases.json: the raw counts ROUGE-1.5.5 printed
// for `-n 2 -x -f A -d -m -s -t 2` through tilse's pyrouge wrapper.
TEST(Rouge, ReproducesRouge155CountCases) {
  const std::filesystem::path path = std::filesystem::path(STORYLINE_SHARED_DIR) / "data" /
                                     "tls-test-vectors" / "rouge155_count_cases.json";
  std::ifstream f(path);
  if (!f) GTEST_SKIP() << "no " << path;
  const nlohmann::json doc = nlohmann::json::parse(f);
  RougeScorer rouge;
  int cases = 0;
  for (const nlohmann::json& tc : doc.at("cases")) {
    std::vector<Summary> models;
    for (const auto& [id, sentences] : tc.at("refs").items()) {
      models.push_back(sentences.get<Summary>());
    }
    const std::vector<RougeCounts> c = rouge.Count(tc.at("pred_sentences").get<Summary>(), models);
    const nlohmann::json& want = tc.at("counts");
    const std::string name = tc.at("name").get<std::string>();
    for (int n = 1; n <= 2; ++n) {
      const std::string key = "rouge_" + std::to_string(n);
      EXPECT_EQ(c[n - 1].hit, want.at(key + "_h_count").get<double>()) << name << " " << key;
      EXPECT_EQ(c[n - 1].peer, want.at(key + "_p_count").get<double>()) << name << " " << key;
      EXPECT_EQ(c[n - 1].model, want.at(key + "_m_count").get<double>()) << name << " " << key;
    }
    ++cases;
  }
  EXPECT_EQ(cases, 10);
}

}  // namespace
}  // namespace storyline::timeline
