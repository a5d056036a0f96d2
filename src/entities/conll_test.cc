#include "entities/conll.h"

#include <sstream>

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(Conll, ReadsSentencesAndMapsLabels) {
  Result<std::vector<NerSentence>> s = ParseConll("Lincoln\tB-politician\nwon\tO\n\n# c\nCanada\tB-country\n", "t");
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].tags, (std::vector<std::string>{"B-PER", "O"}));
  EXPECT_EQ((*s)[1].tokens[0], "Canada");
  EXPECT_EQ((*s)[1].tags[0], "B-LOC");
}

TEST(Conll, ReadsIob2TokenAndTagColumns) {
  ConllOptions o;
  o.token_column = 1;
  o.tag_column = 2;
  Result<std::vector<NerSentence>> s =
      ParseConll("# sent_id = a\n1\tIn\tO\t-\t-\n2\tArgentina\tB-LOC\t-\tstephen\n", "t", o);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)[0].tokens, (std::vector<std::string>{"In", "Argentina"}));
  EXPECT_EQ((*s)[0].tags[1], "B-LOC");
}

TEST(Conll, MissingTagColumnIsAnErrorWithLine) {
  Result<std::vector<NerSentence>> s = ParseConll("ok\tO\nlonely\n", "gold.txt");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("gold.txt:2"), std::string::npos);
}

TEST(Conll, WritesTokenTabTag) {
  std::ostringstream out;
  WriteConll({{{"Tripoli", "is"}, {"B-LOC", "O"}}}, out);
  EXPECT_EQ(out.str(), "Tripoli\tB-LOC\nis\tO\n\n");
}

}  // namespace
}  // namespace storyline
