#include "entities/ner_token_types.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "entities/ner_tagger.h"

namespace storyline {
namespace {

TEST(NerTokenTypes, SameFormSameIdAcrossGrowth) {
  NerTokenTypes types;
  std::vector<std::string> words;
  for (int i = 0; i < 1000; ++i) words.push_back(std::to_string(i) + "w");
  bool fresh = false;
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(types.Intern(words[i], words[i], &fresh), i);
    EXPECT_TRUE(fresh);
  }
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(types.Intern(words[i], words[i], &fresh), i);
    EXPECT_FALSE(fresh);
  }
  EXPECT_EQ(types.size(), words.size());
}

TEST(NerTokenTypes, FoldedFormIsPartOfTheKey) {
  NerTokenTypes types;
  bool fresh = false;
  uint32_t a = types.Intern("Shares", "shares", &fresh);
  uint32_t b = types.Intern("Shares", "Shares", &fresh);
  EXPECT_TRUE(fresh);
  EXPECT_NE(a, b);
  EXPECT_FALSE(types.summed(a));
  types.mutable_sums(a)[0] = 7;
  EXPECT_TRUE(types.summed(a));
  EXPECT_EQ(types.sums(a)[0], 7);
}

// The tagger sums a form's own rows once and the context rows per token: the
// two parts must be Extract's rows exactly, as a multiset.
TEST(NerTokenTypes, TypeAndContextRowsAreExtractsRows) {
  Result<NerTagger> tagger = NerTagger::LoadDefault();
  ASSERT_TRUE(tagger.ok());
  const NerModel& model = tagger->model();
  NerFeaturizer featurizer(&model.gazetteer, &model.clusters, model.hash_bits);
  std::vector<std::string_view> raw = {"Shares", "of", "Ünal", "rose", "in", "South", "Korea", "."};
  std::vector<std::string_view> folded = {"shares", "of", "unal", "rose", "in", "south", "korea", "."};
  PreparedSentence s;
  featurizer.Prepare(raw, folded, &s);
  s.hints.assign(raw.size(), 0);
  s.hints[5] = 1;
  for (size_t i = 0; i < raw.size(); ++i) {
    std::vector<uint32_t> whole, parts;
    featurizer.Extract(s, i, &whole);
    featurizer.AppendTypeRows(s, i, &parts);
    featurizer.AppendContextRows(s, i, &parts);
    std::sort(whole.begin(), whole.end());
    std::sort(parts.begin(), parts.end());
    EXPECT_EQ(whole, parts) << raw[i];
  }
}

}  // namespace
}  // namespace storyline
