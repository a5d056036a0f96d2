#include "timeline/sentence_filter.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(SentenceFilter, QueryWordsMatchAsWordPrefixes) {
  SentenceFilter f({"Spill", "egypt"}, 3, 50);
  EXPECT_TRUE(f.Allows("The oil spills reached the coast"));
  EXPECT_TRUE(f.Allows("Egyptian protesters filled the square"));
  EXPECT_FALSE(f.Allows("Protesters filled the square in Cairo"));
}

TEST(SentenceFilter, LengthBoundsCountWordsNotPunctuation) {
  SentenceFilter f({}, 3, 5);
  EXPECT_FALSE(f.Allows("Two words ."));
  EXPECT_TRUE(f.Allows("Three short words , ; ."));
  EXPECT_FALSE(f.Allows("one two three four five six"));
}

}  // namespace
}  // namespace storyline
