#include "text/term_stats.h"

#include <gtest/gtest.h>

namespace storyline {

TEST(ContentTerms, DropsStopWordsAndPunctuation) {
  EXPECT_EQ(ContentTerms("The ceasefire, and the ceasefire.").size(), 2u);
  EXPECT_TRUE(ContentTerms("the and of , .").empty());
}

TEST(TfIdf, IdenticalTextsHaveCosineOneAndDisjointZero) {
  DocumentFrequencies df;
  auto a = ContentTerms("Russia Turkey ceasefire Libya talks");
  auto b = ContentTerms("earthquake Chile tsunami warning coast");
  df.AddDocument(a);
  df.AddDocument(b);
  EXPECT_NEAR(Dot(TfIdf(a, df), TfIdf(a, df)), 1.0, 1e-6);
  EXPECT_NEAR(Dot(TfIdf(a, df), TfIdf(b, df)), 0.0, 1e-9);
}

TEST(DocumentFrequencies, RareTermsWeighMore) {
  DocumentFrequencies df;
  df.AddDocument(ContentTerms("libya ceasefire"));
  df.AddDocument(ContentTerms("libya oil"));
  df.AddDocument(ContentTerms("libya ceasefire ceasefire"));
  auto libya = ContentTerms("libya")[0], oil = ContentTerms("oil")[0];
  EXPECT_GT(df.Idf(oil), df.Idf(libya));
  EXPECT_EQ(df.documents(), 3u);
}

}  // namespace storyline
