// Speaker attribution through ExtractQuotes, with hand-made mentions.
#include <gtest/gtest.h>

#include "entities/resolve_test_mentions.h"
#include "quotes/quote_extractor.h"

namespace storyline {
namespace {

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;

// Quotes of `text` whose mentions of `names` get entity ids "e:<name>".
std::vector<Quote> Extract(const std::string& text,
                           std::vector<std::pair<std::string, EntityType>> names = {},
                           const std::string& title_of_first = "") {
  std::vector<Mention> m = testing::MentionsOf("a", text, std::move(names));
  for (Mention& x : m) x.entity = "e:" + x.text;
  if (!m.empty()) m[0].title = title_of_first;
  return ExtractQuotes("a", text, m);
}

TEST(Speaker, NamedSubjectAfterQuote) {
  auto q = Extract("\"We are sending a clear signal,\" Lavrov stressed.", {{"Lavrov", kPer}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We are sending a clear signal");
  EXPECT_EQ(q[0].speaker, "Lavrov");
  EXPECT_EQ(q[0].speaker_entity, "e:Lavrov");
  EXPECT_EQ(q[0].cue, "stressed");
}

TEST(Speaker, TitledNameBeforeVerb) {
  auto q = Extract("\u201CWe will keep talking,\u201D Russian Foreign Minister Sergey Lavrov said.",
                   {{"Sergey Lavrov", kPer}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_entity, "e:Sergey Lavrov");
}

TEST(Speaker, HeSaidResolvesToNearestNamedPersonOutsideQuotes) {
  std::string text =
      "Sergey Lavrov spoke on Wednesday.\n\n"
      "\"We invited Haftar and Sarraj to Moscow,\" Lavrov said.\n\n"
      "\"Now the LNA is ready to sign such a document,\" he added.";
  auto q = Extract(text, {{"Sergey Lavrov", kPer}, {"Lavrov", kPer}, {"Haftar", kPer}, {"Sarraj", kPer}});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Lavrov");
  EXPECT_EQ(q[1].speaker_entity, "e:Lavrov");
  EXPECT_EQ(q[1].cue, "added");
}

TEST(Speaker, VerbBeforeNonPersonSource) {
  auto q = Extract("\"Various aspects were discussed in detail,\" said the Russian diplomatic mission.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the Russian diplomatic mission");
  EXPECT_EQ(q[0].speaker_entity, "");
  EXPECT_EQ(q[0].cue, "said");
}

TEST(Speaker, AppositionBetweenCommasNamesThePersonBeforeIt) {
  auto q = Extract("Richard Arsenault, a lawyer for the group, told the BBC: \"The harm is incalculable.\"",
                   {{"Richard Arsenault", kPer}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Richard Arsenault");
  EXPECT_EQ(q[0].speaker_entity, "e:Richard Arsenault");
  auto r = Extract("Cdr Mark McCadden, of the coast guard, told the BBC: \"We are ready.\"",
                   {{"Mark McCadden", kPer}});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker_entity, "e:Mark McCadden");
  // Without the commas it is no apposition.
  auto s = Extract("Richard Arsenault met them. Lawyers for the group said: \"We are ready.\"",
                   {{"Richard Arsenault", kPer}});
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "Lawyers for the group");
}

TEST(Speaker, ATitleAbbreviationAfterTheVerbDoesNotEndTheSentence) {
  auto q = Extract("\"It is critical that these agencies examine what went wrong,\" said Sen. Mary Landrieu, Louisiana Democrat.",
                   {{"Mary Landrieu", kPer}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_entity, "e:Mary Landrieu");
  auto r = Extract("\"People are having physical exams,\" said Dr. Brian M. Bourgeois, owner of the clinic.",
                   {{"Brian M. Bourgeois", kPer}});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker_entity, "e:Brian M. Bourgeois");
}

TEST(Speaker, ItIsTheOrganizationLastNamed) {
  auto q = Extract("BP filed a plan. It argued that \"no significant adverse impacts are expected.\"",
                   {{"BP", kOrg}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "BP");
  EXPECT_EQ(q[0].speaker_entity, "e:BP");
  auto r = Extract("It argued that \"no significant adverse impacts are expected.\"");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "");
}

TEST(Speaker, AFragmentOfASentenceIsNoSpeaker) {
  // A passive: the public is told, it does not speak.
  auto q = Extract("The public has been told that \"the equipment will work.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  // The words before a participle are not its subject.
  auto r = Extract("Engineers raised concerns about the cementing job in the well, saying \"it was risky.\"");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].speaker, "");
  // A source named by a noun phrase stays.
  auto s = Extract("A statement from the coroner said \"the death was accidental.\"");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].speaker, "A statement from the coroner");
}

TEST(Speaker, DocumentSays) {
  auto q = Extract("\"We have agreed to consider a joint working group,\" the document says.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the document");
  EXPECT_EQ(q[0].cue, "says");
}

TEST(Speaker, MinistryLinksToTheNamedOrganization) {
  auto q = Extract("The Russian Foreign Ministry met them. \"Talks will go on next week,\" the ministry said.",
                   {{"Russian Foreign Ministry", kOrg}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the ministry");
  EXPECT_EQ(q[0].speaker_entity, "e:Russian Foreign Ministry");
}

TEST(Speaker, AccordingToBeforeQuote) {
  auto q = Extract("According to Lavrov, \"the only right solution is a ceasefire\".", {{"Lavrov", kPer}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Lavrov");
  EXPECT_EQ(q[0].cue, "according to");
}

TEST(Speaker, PartialQuoteTakesRoleNounSubject) {
  std::string text =
      "Sergey Lavrov met them.\n\nThe minister also voiced hope that Turkey, which backs the GNA, "
      "\"succeeds in achieving the only right solution in these circumstances.\"";
  auto q = Extract(text, {{"Sergey Lavrov", kPer}}, "Russian Foreign Minister");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "succeeds in achieving the only right solution in these circumstances.");
  EXPECT_EQ(q[0].speaker_entity, "e:Sergey Lavrov");
  EXPECT_EQ(q[0].cue, "voiced");
}

TEST(Speaker, ScareQuotesAreNotQuotations) {
  EXPECT_TRUE(Extract("He called it \"fake news\" again.").empty());
}

TEST(Speaker, UnattributedPartialQuoteInheritsPreviousSpeaker) {
  std::string text =
      "\"We reaffirm our commitment to cooperation,\" the statement stresses.\n\n"
      "The conflict can only be resolved through a process \"led and implemented by the Libyans "
      "themselves\".";
  auto q = Extract(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "the statement");
  EXPECT_EQ(q[1].cue, "");
}


TEST(Speaker, QuotedNamesAreNotQuotations) {
  EXPECT_TRUE(Extract("Published by GSV \"Russia - Islamic World\" today.").empty());
  EXPECT_EQ(Extract("\"We saw Gone with the Wind twice,\" she said.").size(), 1u);
}


TEST(Speaker, NameTheTaggerMissedMatchesAPersonOfTheArticle) {
  std::string text = "Sergey Lavrov spoke.\n\n\"We are sending a clear signal,\" Lavrov stressed.";
  std::vector<Mention> m = testing::MentionsOf("a", text, {{"Sergey Lavrov", kPer}});
  m[0].entity = "p1";
  auto q = ExtractQuotes("a", text, m);  // "Lavrov" after the quotation is not a mention
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_entity, "p1");
}


TEST(Speaker, PronounFindsNearestPersonWhateverTheMentionOrder) {
  std::string text = "Ann Lee met Bob Stone.\n\n\"We agreed on everything today,\" he said.";
  std::vector<Mention> m = testing::MentionsOf("a", text, {{"Ann Lee", kPer}, {"Bob Stone", kPer}});
  for (Mention& x : m) x.entity = "e:" + x.text;
  std::swap(m[0], m[1]);  // not in text order
  auto q = ExtractQuotes("a", text, m);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_entity, "e:Bob Stone");
}


TEST(Speaker, QuotationAcrossParagraphsIsOneWithItsSpeaker) {
  std::string text =
      "Sergey Lavrov spoke.\n\n"
      "\"We invited all the parties to Moscow in January.\n\n"
      "\"Now the LNA is ready to sign the document,\" he said.";
  auto q = Extract(text, {{"Sergey Lavrov", kPer}});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text,
            "We invited all the parties to Moscow in January. Now the LNA is ready to sign the document");
  EXPECT_EQ(q[0].speaker_entity, "e:Sergey Lavrov");
  EXPECT_EQ(q[0].span.In(text).substr(0, 10), "We invited");
}

TEST(Speaker, SubjectBeforeVerbStopsAtRelativeClause) {
  auto q = Extract("He wants to scrap laws that the group says \"resulted in police control of all life\".");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the group");
}

TEST(Speaker, QuotedShowTitleWithFinalDotIsNotAQuotation) {
  EXPECT_TRUE(Extract("He told `` Anderson Cooper 360 . '' on Monday.").empty());
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

TEST(ExtractQuotes, ASplitQuotationIsOne) {
  std::string text =
      "Sergey Lavrov spoke in Moscow. \"We are sending a clear signal,\" Lavrov said, \"and we will keep "
      "sending it.\" \"Nothing else matters,\" he added. \"We will see.\"";
  Mention m;
  m.text = "Sergey Lavrov";
  m.span = {0, 13};
  m.type = EntityType::kPerson;
  std::vector<Quote> q = ExtractQuotes("a", text, {m});
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text, "We are sending a clear signal and we will keep sending it.");
  ASSERT_EQ(q[0].parts.size(), 2u);
  EXPECT_EQ(q[0].parts[0].In(text), "We are sending a clear signal,");
  EXPECT_EQ(q[0].parts[1].In(text), "and we will keep sending it.");
  EXPECT_EQ(q[0].span.begin, q[0].parts[0].begin);
  EXPECT_EQ(q[0].span.end, q[0].parts[1].end);
  EXPECT_EQ(q[0].speaker, "Sergey Lavrov");
  // A new sentence after the attribution is a quotation of its own.
  EXPECT_TRUE(q[1].parts.empty());
  EXPECT_EQ(q[2].text, "We will see.");
}

}  // namespace
}  // namespace storyline
