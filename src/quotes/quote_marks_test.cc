#include "quotes/quote_marks.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

std::vector<std::string> Quoted(std::string_view text) {
  std::vector<std::string> out;
  for (const QuotedSpan& q : FindQuotedSpans(text)) out.push_back(QuotedText(text, q));
  return out;
}

TEST(QuoteMarks, PairsStraightQuotes) {
  EXPECT_EQ(Quoted("He said \"we will go now\" and \"then stay\"."),
            (std::vector<std::string>{"we will go now", "then stay"}));
}

TEST(QuoteMarks, PairsTypographicQuotesAndDropsTrailingComma) {
  std::string text = "\u201CWe will go,\u201D he said. \u00ABNous partons\u00BB.";
  EXPECT_EQ(Quoted(text), (std::vector<std::string>{"We will go", "Nous partons"}));
  auto spans = FindQuotedSpans(text);
  EXPECT_EQ(spans[0].inner.In(text), "We will go,");
  EXPECT_EQ(spans[0].outer.In(text), "\u201CWe will go,\u201D");
}

TEST(QuoteMarks, IgnoresStrayMarkBetweenSpaces) {
  std::string text =
      "\"We are carrying out \u201D carried out and will continue to carry out \u201D "
      "coordination,\" Lavrov said.";
  auto q = Quoted(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0], "We are carrying out \u201D carried out and will continue to carry out \u201D coordination");
}

TEST(QuoteMarks, ContinuesAcrossParagraphs) {
  std::string text = "\"First paragraph of the quote.\n\n\"Second paragraph,\" he said.";
  auto spans = FindQuotedSpans(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].breaks.size(), 1u);
  EXPECT_EQ(QuotedText(text, spans[0]), "First paragraph of the quote. Second paragraph");
}

TEST(QuoteMarks, DropsQuoteLeftOpenAtParagraphEnd) {
  EXPECT_EQ(Quoted("\"Never closed here.\nNext paragraph has \"a closed one\" in it."),
            (std::vector<std::string>{"a closed one"}));
}

TEST(QuoteMarks, IgnoresApostrophesAndSingleQuotes) {
  EXPECT_TRUE(Quoted("Turkey has 'criminal responsibility' for Libya's war, says Macron").empty());
}


TEST(QuoteMarks, PairsLowHighQuotes) {
  EXPECT_EQ(Quoted("Er sagte: \u201EWir kommen morgen\u201C, und ging."),
            (std::vector<std::string>{"Wir kommen morgen"}));
}

TEST(QuoteMarks, PairsPennTreebankQuotes) {
  EXPECT_EQ(Quoted("Obama said : `` We will rebuild the country . '' He left ."),
            (std::vector<std::string>{"We will rebuild the country ."}));
}

}  // namespace
}  // namespace storyline
