#include "entities/ner_tags.h"

#include <gtest/gtest.h>

#include <random>

namespace storyline {
namespace {

TEST(NerTags, CorpusLabelsMapOntoThreeTypes) {
  EXPECT_EQ(MapEntityLabel("politician"), "PER");
  EXPECT_EQ(MapEntityLabel("politicalparty"), "ORG");
  EXPECT_EQ(MapEntityLabel("country"), "LOC");
  EXPECT_EQ(MapEntityLabel("election"), "MISC");
  EXPECT_EQ(MapEntityLabel("misc"), "MISC");
  EXPECT_EQ(MapEntityLabel("time"), "");
}

TEST(NerTags, StrayInsideTagBecomesBegin) {
  std::vector<std::string> mapped = MapBioTags({"I-country", "I-country", "B-misc", "I-person", "B-election"});
  EXPECT_EQ(mapped, (std::vector<std::string>{"B-LOC", "I-LOC", "O", "B-PER", "O"}));
}

TEST(NerTags, SpansFollowConllevalChunking) {
  std::vector<TagSpan> spans = SpansFromTags({"B-PER", "I-PER", "B-PER", "O", "I-LOC", "B-ORG"});
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(spans[0].begin, 0u);
  EXPECT_EQ(spans[0].end, 2u);
  EXPECT_EQ(spans[1].begin, 2u);
  EXPECT_EQ(spans[2].type, "LOC");
  EXPECT_EQ(spans[3].end, 6u);
}

TEST(NerTags, SpansFromIdsEqualSpansFromTagNames) {
  std::mt19937 rng(11);
  for (int round = 0; round < 500; ++round) {
    std::vector<int> ids(round % 9);
    std::vector<std::string> names;
    for (int& id : ids) {
      id = static_cast<int>(rng() % kNumNerTags);
      names.push_back(NerTagName(id));
    }
    std::vector<TagSpan> a = SpansFromTagIds(ids), b = SpansFromTags(names);
    ASSERT_EQ(a.size(), b.size());
    for (size_t k = 0; k < a.size(); ++k) {
      EXPECT_EQ(a[k].begin, b[k].begin);
      EXPECT_EQ(a[k].end, b[k].end);
      EXPECT_EQ(a[k].type, b[k].type);
    }
  }
}

TEST(NerTags, InsideOnlyAfterSameType) {
  EXPECT_FALSE(NerTransitionAllowed(-1, kTagIPer));
  EXPECT_FALSE(NerTransitionAllowed(kTagBOrg, kTagIPer));
  EXPECT_TRUE(NerTransitionAllowed(kTagBPer, kTagIPer));
  EXPECT_TRUE(NerTransitionAllowed(kTagILoc, kTagILoc));
}

}  // namespace
}  // namespace storyline
