#include "text/tokenize.h"

#include <gtest/gtest.h>

namespace storyline {

std::vector<std::string> Surface(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.emplace_back(t.span.In(text));
  return out;
}

TEST(Tokenize, KeepsInnerHyphensApostrophesAndAbbreviations) {
  EXPECT_EQ(Surface("Fayez al-Sarraj U.S. visit, 3.5 days, don't O'Neill."),
            (std::vector<std::string>{"Fayez", "al-Sarraj", "U.S.", "visit", ",", "3.5", "days", ",", "don't",
                                      "O'Neill", "."}));
}

TEST(Tokenize, SplitsPossessiveS) {
  EXPECT_EQ(Surface("al-Thani\u2019s government and Libya's oil, it's"),
            (std::vector<std::string>{"al-Thani", "\u2019s", "government", "and", "Libya", "'s", "oil", ",", "it",
                                      "'s"}));
}

TEST(Tokenize, FoldsAndMarksCapitals) {
  auto tokens = Tokenize("Çavuşoğlu met");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].norm, "cavusoglu");
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_FALSE(tokens[1].capitalized);
  EXPECT_EQ(tokens[1].span.begin, 13u);  // byte offsets, not code points
}

TEST(Tokenize, NumbersAndPunctuation) {
  auto tokens = Tokenize("On July 21-22 \u201Cyes\u201D");
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[2].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[2].norm, "21-22");
  EXPECT_EQ(tokens[3].kind, TokenKind::kPunct);
  EXPECT_EQ(tokens[3].norm, "\"");
}

TEST(ForEachWord, KeepsPossessiveInTheWord) {
  std::vector<std::string> words;
  ForEachWord("al-Thani\u2019s and Libya's s", [&](Span, std::string_view n) { words.emplace_back(n); });
  EXPECT_EQ(words, (std::vector<std::string>{"al-thani's", "and", "libya's", "s"}));
}

TEST(ForEachWord, MatchesTokenizeWords) {
  std::string text = "Russia and Turkey, on Wednesday.";
  std::vector<std::string> words;
  ForEachWord(text, [&](Span, std::string_view n) { words.emplace_back(n); });
  EXPECT_EQ(words, (std::vector<std::string>{"russia", "and", "turkey", "on", "wednesday"}));
}

}  // namespace storyline
