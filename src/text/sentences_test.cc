#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>

namespace storyline {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text)) out.emplace_back(s.In(text));
  return out;
}

TEST(SplitSentences, SplitsAtTerminatorsAndKeepsClosingQuotes) {
  EXPECT_EQ(Split("\"We agree,\" he said. Then he left! Why? OK."),
            (std::vector<std::string>{"\"We agree,\" he said.", "Then he left!", "Why?", "OK."}));
}

TEST(SplitSentences, DoesNotSplitAfterAbbreviationsOrInitials) {
  EXPECT_EQ(Split("Mr. Smith met J. R. Jones in the U.S. on Jan. 5. He left."),
            (std::vector<std::string>{"Mr. Smith met J. R. Jones in the U.S. on Jan. 5.", "He left."}));
}

TEST(SplitSentences, LineBreaksEndSentences) {
  EXPECT_EQ(Split("Headline here\n\nBody starts. Next one."),
            (std::vector<std::string>{"Headline here", "Body starts.", "Next one."}));
}

TEST(SplitSentences, HandlesTreebankTokenizedText) {
  EXPECT_EQ(Split("Oil leaked . \nIt was bad , he said . `` Yes '' ."),
            (std::vector<std::string>{"Oil leaked .", "It was bad , he said .", "`` Yes '' ."}));
}

TEST(SplitSentences, LowerCaseAfterDotIsNotABreak) {
  EXPECT_EQ(Split("It cost 3. million dollars."), (std::vector<std::string>{"It cost 3. million dollars."}));
}

TEST(SplitSentences, SpansPointIntoTheInput) {
  std::string text = "  One.  Two.";
  auto spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(spans[1].In(text), "Two.");
}

}  // namespace storyline
