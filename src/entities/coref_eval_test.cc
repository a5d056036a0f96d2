#include "entities/coref_eval.h"

#include <gtest/gtest.h>

#include "entities/coref_eval_meantime.h"

namespace storyline {
namespace {

TEST(CorefEval, PerfectResponseScoresOne) {
  Clusters key = {{1, 2, 3}, {4, 5}, {6}};
  CorefScores s = ScoreCoreference(key, key);
  EXPECT_DOUBLE_EQ(s.muc.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.b3.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.ceafe.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.conll_f1, 1.0);
}

// The worked example of Vilain et al. / Pradhan et al. (2014): key {a,b,c,d},
// response {a,b},{c,d}: MUC recall 2/3, precision 1.
TEST(CorefEval, MucCountsMissingLinks) {
  PrfScore s = MucScore({{1, 2, 3, 4}}, {{1, 2}, {3, 4}});
  EXPECT_NEAR(s.recall, 2.0 / 3.0, 1e-9);
  EXPECT_NEAR(s.precision, 1.0, 1e-9);
}

// Pradhan et al. 2014, figure 1: key {a,b,c},{d,e,f,g}; response {a,b},{c,d,f,g,h,i}.
TEST(CorefEval, MatchesReferenceScorerExample) {
  Clusters key = {{1, 2, 3}, {4, 5, 6, 7}};
  Clusters response = {{1, 2}, {3, 4, 6, 7, 8, 9}};
  PrfScore muc = MucScore(key, response);
  EXPECT_NEAR(muc.recall, 3.0 / 5.0, 1e-9);
  EXPECT_NEAR(muc.precision, 3.0 / 6.0, 1e-9);
  PrfScore b3 = BCubedScore(key, response);
  EXPECT_NEAR(b3.recall, (4.0 / 3.0 + 1.0 / 3.0 + 9.0 / 4.0) / 7.0, 1e-9);
  EXPECT_NEAR(b3.precision, (4.0 / 2.0 + 1.0 / 6.0 + 9.0 / 6.0) / 8.0, 1e-9);
  PrfScore ceafe = CeafeScore(key, response);
  double phi = 2.0 * 2 / 5 + 2.0 * 3 / 10;  // {a,b,c}-{a,b}, {d,e,f,g}-{c,d,f,g,h,i}
  EXPECT_NEAR(ceafe.recall, phi / 2, 1e-9);
  EXPECT_NEAR(ceafe.precision, phi / 2, 1e-9);
}

TEST(CorefEval, AssignmentFindsTheBestPairing) {
  // Greedy would take 0.9 and be left with 0.1; the optimum is 0.8 + 0.8.
  std::vector<int> a = MaxWeightAssignment({{0.9, 0.8}, {0.8, 0.1}});
  EXPECT_EQ(a, (std::vector<int>{1, 0}));
}

TEST(MeantimeConll, RebuildsTextAndNestedMentions) {
  std::string conll =
      "#begin document (corpus_x/1); part 000\n"
      "corpus_x/1\t0\t0\tApple\t(cross_ORG1| (intra_PER2\n"
      "corpus_x/1\t0\t1\tCEO\t-\n"
      "corpus_x/1\t0\t2\tSteve\t(cross_intra_PER2\n"
      "corpus_x/1\t0\t3\tJobs\tcross_intra_PER2)| intra_PER2)\n"
      "corpus_x/1\t0\t4\tspoke\t(cross_SPE9)\n"
      "\n"
      "corpus_x/1\t1\t0\tHe\t(intra_PER2)\n"
      "#end document\n";
  auto docs = ParseMeantimeConll(conll);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  const MeantimeDocument& d = (*docs)[0];
  EXPECT_EQ(d.text, "Apple CEO Steve Jobs spoke\nHe");
  ASSERT_EQ(d.mentions.size(), 3u);  // the ORG1 chain never closes, the event is skipped
  EXPECT_EQ(d.mentions[0].span.In(d.text), "Apple CEO Steve Jobs");
  EXPECT_EQ(d.mentions[1].span.In(d.text), "Steve Jobs");
  EXPECT_EQ(d.mentions[1].instance, "PER2");
  EXPECT_EQ(d.mentions[2].span.In(d.text), "He");
}

TEST(MeantimeConll, RejectsTokensOutsideDocuments) {
  EXPECT_FALSE(ParseMeantimeConll("x\t0\t0\tword\t-\n").ok());
}

}  // namespace
}  // namespace storyline
