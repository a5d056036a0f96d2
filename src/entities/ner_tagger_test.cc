#include "entities/ner_tagger.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <gtest/gtest.h>

#include "entities/conll.h"
#include "text/sentences.h"

namespace storyline {
namespace {

const NerTagger& Tagger() {
  static const NerTagger* tagger = [] {
    Result<NerTagger> t = NerTagger::LoadDefault();
    return t.ok() ? new NerTagger(std::move(*t)) : nullptr;
  }();
  if (!tagger) ADD_FAILURE() << "no embedded model";
  return *tagger;
}

std::vector<Mention> TagText(const std::string& text) { return Tagger().Tag(text, SplitSentences(text)); }

const Mention* Find(const std::vector<Mention>& mentions, const std::string& text) {
  auto it = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.text == text; });
  return it == mentions.end() ? nullptr : &*it;
}

TEST(NerTagger, EmbeddedModelLoadsAndRoundTrips) {
  Result<NerTagger> tagger = NerTagger::LoadDefault();
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  Result<NerModel> again = NerModel::Parse(tagger->model().Serialize());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->weights, tagger->model().weights);
}

TEST(NerTagger, APeopleIsNoPerson) {
  std::vector<Mention> m = TagText(
      "Libyans and Americans protested in Tripoli. Many Libyans fled. Haitians and Muslims prayed.");
  EXPECT_EQ(Find(m, "Libyans"), nullptr);
  EXPECT_EQ(Find(m, "Americans"), nullptr);
  EXPECT_EQ(Find(m, "Haitians"), nullptr);  // derived from the country "Haiti"
  EXPECT_EQ(Find(m, "Muslims"), nullptr);
  ASSERT_NE(Find(m, "Tripoli"), nullptr);
}

TEST(NerTagger, ADayNameInADatelineIsNoPlace) {
  std::vector<Mention> m = TagText("VENICE, Louisiana | Mon May 3, 2010 3:13pm EDT VENICE, Louisiana - Crews worked.");
  EXPECT_EQ(Find(m, "Mon"), nullptr);
  EXPECT_NE(Find(m, "Louisiana"), nullptr);
}

TEST(NerTagger, ATitleAloneIsNoPerson) {
  std::vector<Mention> m = TagText("Coast Guard Rear Adm. Mary Landry said on Friday that the leak grew.");
  for (const Mention& x : m) EXPECT_NE(x.text, "Adm") << x.text;
  for (const Mention& x : m) EXPECT_NE(x.text, "Rear Adm") << x.text;
}

TEST(NerTagger, CorruptModelIsAnError) {
  EXPECT_FALSE(NerModel::Parse("SLNER002 short").ok());
  EXPECT_FALSE(NerModel::Parse("not a model").ok());
}

TEST(NerTagger, TagsTokensWithOutputTagSet) {
  std::vector<std::string> tags = Tagger().TagTokens({"Sergey", "Lavrov", "arrived", "in", "Tripoli", "."});
  EXPECT_EQ(tags, (std::vector<std::string>{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}));
}

TEST(NerTagger, EmptyInputsGiveNothing) {
  EXPECT_TRUE(Tagger().TagTokens({}).empty());
  EXPECT_TRUE(TagText("").empty());
  EXPECT_TRUE(Tagger().Tag("short", {Span{2, 40}, Span{90, 99}}).empty());  // spans past the text are skipped
}

TEST(NerTagger, CompoundModifierStaysOutOfTheName) {
  std::vector<Mention> m = TagText("Moscow talks with the Tripoli-based Government of National Accord went on.");
  EXPECT_NE(Find(m, "Government of National Accord"), nullptr);
  EXPECT_EQ(Find(m, "Tripoli-based Government of National Accord"), nullptr);
  // Any hyphenated word ending in a lower-case part is a modifier; a
  // hyphenated name is not.
  for (const Mention& x : TagText("Oil-rich Libya sold the out-of-use Ataturk Airport to Nagorno-Karabakh.")) {
    EXPECT_EQ(x.text.find("rich"), std::string::npos) << x.text;
    EXPECT_EQ(x.text.find("use"), std::string::npos) << x.text;
  }
  EXPECT_NE(Find(TagText("Troops left Nagorno-Karabakh on Monday."), "Nagorno-Karabakh"), nullptr);
}

TEST(NerTagger, ReadsNamesThroughEditorialBracketsAndParticles) {
  // Sentences of the reference articles (../shared/seeds 002 and 000).
  std::vector<Mention> m = TagText(
      "\"We invited gentlemen [Khalifa] Haftar and [Fayez] Sarraj,\" he said. Currently, Libya has two parallel "
      "bodies of executive power: the internationally recognized Government of National Accord (GNA) headed by "
      "Fayez al-Sarraj, and Abdullah Abdurrahman al-Thani's interim government, operating in the country's east.");
  const Mention* haftar = Find(m, "Khalifa Haftar");
  ASSERT_NE(haftar, nullptr);
  EXPECT_EQ(haftar->type, EntityType::kPerson);
  EXPECT_NE(Find(m, "Fayez Sarraj"), nullptr);
  EXPECT_NE(Find(m, "Abdullah Abdurrahman al-Thani"), nullptr);
  EXPECT_NE(Find(m, "Fayez al-Sarraj"), nullptr);
}

TEST(NerTagger, MentionsCarrySpansTypesAndTitles) {
  std::string text = "LNA Commander Khalifa Haftar met Russian Foreign Minister Sergey Lavrov in Moscow.";
  std::vector<Mention> m = TagText(text);
  const Mention* haftar = Find(m, "Khalifa Haftar");
  ASSERT_NE(haftar, nullptr);
  EXPECT_EQ(haftar->type, EntityType::kPerson);
  EXPECT_EQ(haftar->title, "Commander");
  EXPECT_EQ(haftar->span.In(text), "Khalifa Haftar");
  const Mention* lavrov = Find(m, "Sergey Lavrov");
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(lavrov->title, "Foreign Minister");
  const Mention* moscow = Find(m, "Moscow");
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->type, EntityType::kPlace);
}

// The reference scenario (../shared/seeds): its key entities are found with the
// right type. Not asserted: "Fayez al-Sarraj", which some trainings tag as
// "Fayez" alone (README-ner.md). "Aguila Saleh Issa" (an unknown name after
// "its head") and "Faiz Sarraj" (an unknown first name, once in its article,
// in "of Faiz Sarraj in Tripoli", which some trainings read as a place) must
// be found whole; their type is that of the entity, which the resolver votes
// across its mentions: the golden test reference_groups asserts both are
// persons.
TEST(NerTagger, ReferenceScenarioEntities) {
  std::string dir = std::string(STORYLINE_SHARED_DIR) + "/seeds";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no seeds";
  std::vector<Mention> all;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".txt") continue;
    Result<std::string> text = ReadTextFile(e.path().string());
    ASSERT_TRUE(text.ok());
    for (Mention& m : TagText(*text)) all.push_back(std::move(m));
  }
  const std::vector<std::pair<std::string, EntityType>> expected = {
      {"Sergey Lavrov", EntityType::kPerson}, {"Fayez Sarraj", EntityType::kPerson},
      {"Government of National Accord", EntityType::kOrganization}, {"GNA", EntityType::kOrganization},
      {"Libyan National Army", EntityType::kOrganization}, {"Khalifa Haftar", EntityType::kPerson},
      {"Mevlut Cavusoglu", EntityType::kPerson}, {"Tripoli", EntityType::kPlace},
      {"Democratic Republic of the Congo", EntityType::kPlace}, {"Nagorno-Karabakh", EntityType::kPlace},
      {"Libya", EntityType::kPlace}, {"Turkey", EntityType::kPlace}, {"Ankara", EntityType::kPlace},
      {"Aguila Saleh", EntityType::kPerson}, {"Recep Tayyip Erdogan", EntityType::kPerson}};
  for (const auto& [name, type] : expected) {
    bool found = std::any_of(all.begin(), all.end(), [&](const Mention& m) { return m.text == name && m.type == type; });
    EXPECT_TRUE(found) << name << " (" << EntityTypeName(type) << ") not found";
  }
  for (const char* name : {"Aguila Saleh Issa", "Faiz Sarraj"}) {
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [&](const Mention& m) { return m.text == name; })) << name;
  }
}

}  // namespace
}  // namespace storyline
