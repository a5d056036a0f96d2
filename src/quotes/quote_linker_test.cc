#include "quotes/quote_linker.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

Quote MakeQuote(const std::string& article, const std::string& text, const std::string& entity) {
  Quote q;
  q.article = article;
  q.text = text;
  q.speaker_entity = entity;
  return q;
}

TEST(QuoteLinker, TranslationsOfOneQuoteShareId) {
  std::vector<Quote> q = {
      MakeQuote("000", "We are sending a clear signal that the first necessary and only step is "
                       "the declaration of a full ceasefire", "p1"),
      MakeQuote("001", "We are sending a clear signal that the first essential, non-alternative "
                       "step is to declare a complete cessation of hostilities", "p1")};
  QuoteLinker linker;
  linker.Link(&q);
  EXPECT_EQ(q[0].id, "q1");
  EXPECT_EQ(q[1].id, "q1");
}

TEST(QuoteLinker, DifferentQuotesOfOneSpeakerGetDifferentIds) {
  std::vector<Quote> q = {
      MakeQuote("000", "Our Turkish colleagues are working in this direction with the Government of "
                       "National Accord. I hope that they will be able to reach this solution", "p1"),
      MakeQuote("001", "Within a dialogue initiated at the top level by the presidents of Russia and "
                       "Turkey, we and our Turkish colleagues are carrying out coordination of "
                       "approaches that could make it possible to declare an immediate ceasefire", "p1")};
  QuoteLinker linker;
  linker.Link(&q);
  EXPECT_NE(q[0].id, q[1].id);
}

TEST(QuoteLinker, DifferentSpeakersNeverShareId) {
  std::vector<Quote> q = {MakeQuote("a", "We will never accept foreign troops in Libya", "p1"),
                          MakeQuote("b", "We will never accept foreign troops in Libya", "p2")};
  QuoteLinker linker;
  linker.Link(&q);
  EXPECT_NE(q[0].id, q[1].id);
}

TEST(QuoteLinker, UnknownSpeakerNeedsNearlyTheSameWords) {
  std::vector<Quote> q = {
      MakeQuote("a", "We will never accept foreign troops in Libya", "p1"),
      MakeQuote("b", "We will never accept foreign troops in Libya.", ""),
      MakeQuote("c", "We will never accept foreign mercenaries in Syria", "")};
  QuoteLinker linker;
  linker.Link(&q);
  EXPECT_EQ(q[1].id, q[0].id);
  EXPECT_NE(q[2].id, q[0].id);
}

// Made-up words with distinct stems: "zqaax", "zqabx", ...
std::string Words(int first, int count) {
  std::string out;
  for (int i = first; i < first + count; ++i) {
    out += std::string("zq") + static_cast<char>('a' + i / 26) + static_cast<char>('a' + i % 26) + "x ";
  }
  return out;
}

// At exactly the overlap threshold a quotation still links: 14 of 25 stems
// against 0.56, where 0.56 * 25 rounds to just above 14 in floating point.
TEST(QuoteLinker, LinksAtExactlyTheOverlapThreshold) {
  QuoteLinkerOptions options;
  options.overlap_same_speaker = 0.56;
  QuoteLinker linker(options);
  ASSERT_EQ(linker.Stems(Words(0, 25)).size(), 25u);
  std::vector<Quote> at = {MakeQuote("a", Words(0, 25), "p1"), MakeQuote("b", Words(11, 25), "p1")};
  linker.Link(&at);
  EXPECT_EQ(at[1].id, at[0].id);  // 14 shared: 14 / 25 = 0.56
  QuoteLinker other(options);
  std::vector<Quote> below = {MakeQuote("a", Words(0, 25), "p1"), MakeQuote("c", Words(12, 25), "p1")};
  other.Link(&below);
  EXPECT_NE(below[1].id, below[0].id);  // 13 shared
}

TEST(QuoteLinker, IdsStayStableAcrossCalls) {
  QuoteLinker linker;
  std::vector<Quote> first = {MakeQuote("a", "The ceasefire must hold across the whole country", "p1")};
  linker.Link(&first);
  std::vector<Quote> second = {MakeQuote("b", "A new statement about oil exports today", "p1"),
                               MakeQuote("c", "The ceasefire must hold across the whole country", "p1")};
  linker.Link(&second);
  EXPECT_EQ(second[0].id, "q2");
  EXPECT_EQ(second[1].id, first[0].id);
}

// A stream linked in one run, and the same stream linked in two runs where
// the second re-admits what the first linked: the same ids.
TEST(QuoteLinker, ReadmittedQuotationsLinkAsInOneRun) {
  auto stream = [] {
    return std::vector<Quote>{
        MakeQuote("a", "The ceasefire must hold across the whole country", "p1"),
        MakeQuote("b", "A new statement about oil exports today", "p1"),
        MakeQuote("c", "Oil exports resume under the new statement", ""),
        MakeQuote("d", "The ceasefire must hold across the whole country now", "p1"),
        MakeQuote("e", "A new statement about the oil exports today", "p1"),
        MakeQuote("f", "Nothing in common with anything said before", "p2")};
  };
  std::vector<Quote> whole = stream();
  QuoteLinker one_run;
  one_run.Link(&whole);

  std::vector<Quote> first = stream(), second(first.begin() + 3, first.end());
  first.resize(3);
  QuoteLinker earlier;
  earlier.Link(&first);
  QuoteLinker reopened;
  reopened.Readmit(first);
  reopened.Link(&second);
  ASSERT_EQ(whole[3].id, "q1");  // the stream does link across the cut
  ASSERT_EQ(whole[4].id, "q2");
  EXPECT_EQ(second[0].id, whole[3].id);
  EXPECT_EQ(second[1].id, whole[4].id);
  EXPECT_EQ(second[2].id, whole[5].id);
}

TEST(QuoteLinker, ReadmitContinuesAfterTheLargestIdAndLinksUnnumberedOnes) {
  QuoteLinker linker;
  std::vector<Quote> stored = {MakeQuote("a", "The ceasefire must hold across the whole country", "p1"),
                               MakeQuote("b", "A new statement about oil exports today", "p1")};
  stored[0].id = "q7";
  stored[1].id = "";  // not linked by an earlier run: linked now, as q8
  linker.Readmit(stored);
  std::vector<Quote> next = {MakeQuote("c", "Nothing in common with anything said before", "p2"),
                             MakeQuote("d", "A new statement about oil exports today", "p1"),
                             MakeQuote("e", "The ceasefire must hold across the whole country", "p1")};
  linker.Link(&next);
  EXPECT_EQ(next[0].id, "q9");
  EXPECT_EQ(next[1].id, "q8");
  EXPECT_EQ(next[2].id, "q7");
}

TEST(QuoteLinker, StemsAreFoldedContentWordPrefixes) {
  QuoteLinker linker;
  EXPECT_EQ(linker.Stems("The declaration, declared!"), (std::vector<std::string>{"decla"}));
}

TEST(QuoteLinker, RepeatedQuoteLinksThroughRareStemsWhenCommonStemIsTrimmed) {
  QuoteLinkerOptions options;
  options.max_postings_per_stem = 4;
  QuoteLinker linker(options);
  std::vector<Quote> first = {MakeQuote("a", "Cairo protesters demand elections tomorrow", "p1")};
  linker.Link(&first);
  std::vector<Quote> others;
  for (const char* w : {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"}) {
    others.push_back(MakeQuote("b", std::string("Cairo ") + w, "p2"));
  }
  linker.Link(&others);  // "cairo" now lists only recent quotations
  std::vector<Quote> again = {MakeQuote("c", "Cairo protesters demand elections tomorrow", "p1")};
  linker.Link(&again);
  EXPECT_EQ(again[0].id, first[0].id);
}

}  // namespace
}  // namespace storyline
