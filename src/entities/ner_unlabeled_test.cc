#include "entities/ner_unlabeled.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(NameLikeWords, CapitalizedMidSentenceWordsAreNameLikeSentenceStartsAreNot) {
  CapitalizationCounter counter;
  for (int i = 0; i < 3; ++i) {
    counter.AddText("Protesters gathered as Mubarak spoke. Police said protesters met Mubarak aides. "
                    "Later the protesters left.");
  }
  std::vector<std::string> words = counter.NameLikeWords(NameLikeOptions{});
  EXPECT_EQ(words, std::vector<std::string>{"mubarak"});
}

TEST(NameLikeWords, RareWordsAreNotJudged) {
  CapitalizationCounter counter;
  counter.AddText("They met Haftar once.");
  NameLikeOptions options;
  options.min_count = 2;
  EXPECT_TRUE(counter.NameLikeWords(options).empty());
}

TEST(NameLikeWords, MissingArticleFolderIsNotFound) {
  EXPECT_FALSE(NameLikeWordsInArticles({"/nonexistent/storyline/t17"}, NameLikeOptions{}).ok());
}

}  // namespace
}  // namespace storyline
