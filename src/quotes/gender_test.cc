#include "quotes/gender.h"

#include <gtest/gtest.h>

#include "quotes/quote_extractor.h"

namespace storyline {
namespace {

// Person mentions of `names` at their first occurrence after `from` in `text`.
std::vector<Mention> Persons(std::string_view text, const std::vector<std::string>& names) {
  std::vector<Mention> out;
  size_t from = 0;
  for (const std::string& name : names) {
    size_t at = text.find(name, from);
    EXPECT_NE(at, std::string_view::npos) << name;
    Mention m;
    m.span = {at, at + name.size()};
    m.text = name;
    m.type = EntityType::kPerson;
    out.push_back(m);
    from = at + name.size();
  }
  return out;
}

TEST(PersonGenders, ReadsHonorificsGenderedNounsAndPronouns) {
  std::string text =
      "Mrs. Clinton met spokesman Peskov. Angela Merkel said she would stay. Putin said his country "
      "agreed. The son of Jones spoke.";
  std::vector<Mention> m = Persons(text, {"Clinton", "Peskov", "Angela Merkel", "Putin", "Jones"});
  std::vector<QuotedSpan> quotes = FindQuotedSpans(text);
  PersonGenders g(text, m, quotes);
  EXPECT_EQ(g.Of(m[0]), Gender::kFemale);
  EXPECT_EQ(g.Of(m[1]), Gender::kMale);
  EXPECT_EQ(g.Of(m[2]), Gender::kFemale);
  EXPECT_EQ(g.Of(m[3]), Gender::kMale);
  EXPECT_EQ(g.Of(m[4]), Gender::kUnknown);  // "son of" says nothing about Jones
}

TEST(PersonGenders, QuotedWordsAreNoEvidence) {
  std::string text = "Smith answered: \"She is wrong.\"";
  std::vector<Mention> m = Persons(text, {"Smith"});
  std::vector<QuotedSpan> quotes = FindQuotedSpans(text);
  EXPECT_EQ(PersonGenders(text, m, quotes).Of(m[0]), Gender::kUnknown);
}

TEST(ExtractQuotes, SheSkipsTheNearerMan) {
  std::string text =
      "Angela Merkel said she would meet Vladimir Putin on Monday. "
      "\"We agreed on nothing at all,\" she said.";
  std::vector<Mention> m = Persons(text, {"Angela Merkel", "Vladimir Putin"});
  // Putin's gender is unknown here; Merkel's is female and named close before.
  std::vector<Quote> q = ExtractQuotes("a", text, m);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Angela Merkel");
}

TEST(ExtractQuotes, HeNeverGoesToAWoman) {
  std::string text =
      "Vladimir Putin spoke first. Spokeswoman Maria Zakharova stood by. "
      "\"We will not accept this at all,\" he said.";
  std::vector<Mention> m = Persons(text, {"Vladimir Putin", "Maria Zakharova"});
  std::vector<Quote> q = ExtractQuotes("a", text, m);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Vladimir Putin");
}

}  // namespace
}  // namespace storyline
