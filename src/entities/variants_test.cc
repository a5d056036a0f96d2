#include "entities/variants.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace storyline {
namespace {

// True when `want` is among the NameVariants of the place `surface`.
bool HasPlaceVariant(std::string_view surface, const std::vector<std::string>& want) {
  auto v = NameVariants(surface, EntityType::kPlace);
  return std::find(v.begin(), v.end(), want) != v.end();
}

NameMatch Compare(std::string_view a, std::string_view b, EntityType t = EntityType::kPerson) {
  return CompareNames(NameTokens(a), NameTokens(b), t);
}

TEST(NameTokens, FoldsAccentsAndDropsParticles) {
  EXPECT_EQ(NameTokens("Mevlüt Çavuşoğlu"), (std::vector<std::string>{"mevlut", "cavusoglu"}));
  EXPECT_EQ(NameTokens("Fayez al-Sarraj"), (std::vector<std::string>{"fayez", "sarraj"}));
  EXPECT_EQ(NameTokens("Osama bin Laden"), (std::vector<std::string>{"osama", "laden"}));
  EXPECT_EQ(NameTokens("[Khalifa] Haftar"), (std::vector<std::string>{"khalifa", "haftar"}));
  EXPECT_EQ(NameTokens("al-Thani’s"), (std::vector<std::string>{"thani"}));
  EXPECT_EQ(NameTokens("Apple Inc."), (std::vector<std::string>{"apple"}));
  EXPECT_EQ(NameKey("the Government of National Accord"), "government of national accord");
  EXPECT_EQ(NameKey("Tripoli-based Government of National Accord"), "government of national accord");
}

TEST(TokensMatch, AcceptsTransliterationVariants) {
  EXPECT_TRUE(TokensMatch("sergey", "sergei"));
  EXPECT_TRUE(TokensMatch("fayez", "faiz"));
  EXPECT_TRUE(TokensMatch("mohammed", "muhammad"));
  EXPECT_TRUE(TokensMatch("abdullah", "abdulla"));
  EXPECT_TRUE(TokensMatch("hezbollah", "hizbullah"));
  EXPECT_TRUE(TokensMatch("gaddafi", "gadhafi"));
  EXPECT_TRUE(TokensMatch("bill", "billy"));  // a diminutive
  EXPECT_TRUE(TokensMatch("johnny", "john"));
  EXPECT_TRUE(TokensMatch("centre", "center"));  // British and American spelling
  EXPECT_TRUE(TokensMatch("theatres", "theaters"));
  EXPECT_TRUE(TokensMatch("j", "john"));  // an initial
}

TEST(TokensMatch, RejectsDifferentNames) {
  EXPECT_FALSE(TokensMatch("mark", "mary"));
  EXPECT_FALSE(TokensMatch("maria", "mario"));
  // A vowel at the end of one name only: another name, not a spelling.
  EXPECT_FALSE(TokensMatch("louis", "louise"));
  EXPECT_FALSE(TokensMatch("michael", "michelle"));
  EXPECT_FALSE(TokensMatch("lavrov", "lavrova"));
  EXPECT_FALSE(TokensMatch("taliban", "talabani"));
  EXPECT_FALSE(TokensMatch("allah", "alla"));
  EXPECT_FALSE(TokensMatch("jon", "jan"));
  EXPECT_FALSE(TokensMatch("bill", "bell"));
  EXPECT_FALSE(TokensMatch("sergey", "sedat"));
  EXPECT_FALSE(TokensMatch("abdullah", "aguila"));
}

TEST(CompareNames, MergesSpellingsOfOnePerson) {
  EXPECT_EQ(Compare("Sergey Lavrov", "Sergei Lavrov"), NameMatch::kFull);
  EXPECT_EQ(Compare("Fayez al-Sarraj", "Faiz Sarraj"), NameMatch::kFull);
  EXPECT_EQ(Compare("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"), NameMatch::kFull);
  EXPECT_EQ(Compare("Lavrov", "Sergey Lavrov"), NameMatch::kPartial);
  EXPECT_EQ(Compare("Aguila Saleh", "Aguila Saleh Issa"), NameMatch::kPartial);
  EXPECT_EQ(Compare("George Bush", "George W. Bush"), NameMatch::kPartial);
}

TEST(CompareNames, KeepsDifferentPeopleApart) {
  EXPECT_EQ(Compare("Abdullah Abdurrahman al-Thani", "Aguila Saleh Issa"), NameMatch::kNone);
  EXPECT_EQ(Compare("Jeb Bush", "George W. Bush"), NameMatch::kNone);
  EXPECT_EQ(Compare("Sergey Vershinin", "Sergey Lavrov"), NameMatch::kNone);
  EXPECT_EQ(Compare("Sergey", "Sergey Lavrov"), NameMatch::kNone);  // a first name is no surname
}

TEST(CompareNames, AnInitialStandsForAFirstNameNotForTheLastWord) {
  EXPECT_EQ(Compare("J. Smith", "John Smith"), NameMatch::kFull);
  EXPECT_EQ(Compare("Kissinger", "Henry A. Kissinger"), NameMatch::kPartial);
  // "Henry A." is "Henry A. Kissinger" cut short: its "A" is no surname.
  EXPECT_EQ(Compare("Axelrod", "Henry A."), NameMatch::kNone);
  EXPECT_EQ(Compare("Michael", "Jacqueline Michel"), NameMatch::kNone);
  EXPECT_EQ(Compare("Taliban", "Jalal Talabani"), NameMatch::kNone);
  EXPECT_EQ(Compare("Americans", "Henry A"), NameMatch::kNone);
  EXPECT_EQ(Compare("George W.", "George Washington"), NameMatch::kNone);
  EXPECT_EQ(Compare("A", "Axelrod"), NameMatch::kNone);
}

TEST(CompareNames, OneWordPlacesMatchOnlyWhenRomanizedAlike) {
  EXPECT_EQ(Compare("Burton", "Briton", EntityType::kPlace), NameMatch::kNone);
  EXPECT_EQ(Compare("Alyeska", "Alaska", EntityType::kPlace), NameMatch::kNone);
  EXPECT_EQ(Compare("Indy", "India", EntityType::kPlace), NameMatch::kNone);
  EXPECT_EQ(Compare("Afganistan", "Afghanistan", EntityType::kPlace), NameMatch::kFull);
  EXPECT_EQ(Compare("Mevlüt", "Mevlut", EntityType::kPerson), NameMatch::kFull);
}

TEST(CompareNames, OrganizationsNeedTheSameWords) {
  EXPECT_EQ(Compare("Libyan National Army", "the Libyan National Army", EntityType::kOrganization),
            NameMatch::kFull);
  EXPECT_EQ(Compare("National Army", "Libyan National Army", EntityType::kOrganization),
            NameMatch::kNone);
  EXPECT_EQ(Compare("Northrop", "Northrop Grumman", EntityType::kOrganization), NameMatch::kPartial);
}

TEST(SplitTitle, SeparatesTitleFromName) {
  TitleSplit s = SplitTitle("Russian Foreign Minister Sergey Lavrov");
  EXPECT_EQ(s.title, "Russian Foreign Minister");
  EXPECT_EQ(std::string_view("Russian Foreign Minister Sergey Lavrov").substr(s.name_begin),
            "Sergey Lavrov");
  EXPECT_EQ(SplitTitle("Field Marshal Khalifa Haftar").title, "Field Marshal");
  EXPECT_EQ(SplitTitle("Rear Adm. Mary Landry").title, "Rear Adm");  // abbreviated ranks are titles
  EXPECT_EQ(SplitTitle("Commander Khalifa Haftar").title, "Commander");
  EXPECT_EQ(SplitTitle("Deputy Foreign Minister Sedat Onal").title, "Deputy Foreign Minister");
}

TEST(SplitTitle, LeavesPlainNamesAlone) {
  EXPECT_EQ(SplitTitle("Brian Smith").title, "");
  EXPECT_EQ(SplitTitle("President").title, "");
  EXPECT_EQ(SplitTitle("Khalifa Haftar").title, "");
}

TEST(DemonymPlaces, NamesTheCountry) {
  auto has = [](std::string_view demonym, const std::string& place) {
    auto all = DemonymPlaces(demonym);
    return std::find(all.begin(), all.end(), place) != all.end();
  };
  EXPECT_TRUE(has("russian", "russia"));
  EXPECT_TRUE(has("japanese", "japan"));
  EXPECT_TRUE(has("european", "europe"));
  EXPECT_TRUE(has("egyptian", "egypt"));
  EXPECT_TRUE(has("american", "united states"));
  EXPECT_TRUE(DemonymPlaces("libya").size() <= 1);  // guesses only from adjective endings
}

TEST(NameVariants, OnlyOneWordPlacesGetDemonymVariants) {
  EXPECT_EQ(NameVariants("Russian", EntityType::kPlace).size(), 4u);
  EXPECT_EQ(NameVariants("Russian", EntityType::kPerson).size(), 1u);
}


TEST(SplitTitle, TitleOfAPlaceKeepsTheLastTwoWordsAsName) {
  std::string_view text = "President of the United States Barack Obama";
  TitleSplit s = SplitTitle(text);
  EXPECT_EQ(s.title, "President of the United States");
  EXPECT_EQ(text.substr(s.name_begin), "Barack Obama");
  EXPECT_EQ(SplitTitle("Secretary of State Hillary Clinton").title, "Secretary of State");
}


TEST(NameVariants, FormalStateNamesAlsoGoAsTheirCountry) {
  EXPECT_TRUE(HasPlaceVariant("Russian Federation", {"russia"}));
  EXPECT_TRUE(HasPlaceVariant("Syrian Arab Republic", {"syria"}));
  EXPECT_TRUE(HasPlaceVariant("Republic of Turkey", {"turkey"}));
  EXPECT_TRUE(HasPlaceVariant("People's Republic of China", {"china"}));
  EXPECT_TRUE(HasPlaceVariant("Kingdom of Saudi Arabia", {"saudi", "arabia"}));
  EXPECT_TRUE(HasPlaceVariant("Republic of the Congo", {"congo"}));
  EXPECT_FALSE(HasPlaceVariant("Democratic Republic of the Congo", {"congo"}));
  EXPECT_EQ(NameVariants("Russian Federation", EntityType::kOrganization).size(), 1u);
}

TEST(NameVariants, NewswireStateAbbreviationsAlsoGoAsTheState) {
  EXPECT_TRUE(HasPlaceVariant("Fla.", {"florida"}));
  EXPECT_TRUE(HasPlaceVariant("Calif.", {"california"}));
  EXPECT_FALSE(HasPlaceVariant("La", {"louisiana"}));  // its key is that of "LA", Los Angeles
  EXPECT_FALSE(HasPlaceVariant("Fla", {"alabama"}));
}

TEST(NameVariants, OrganizationsAlsoGoWithoutTheirCountry) {
  auto v = NameVariants("U.S. Air Force", EntityType::kOrganization);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1], (std::vector<std::string>{"air", "force"}));
  EXPECT_EQ(NameVariants("United States Air Force", EntityType::kOrganization)[1],
            (std::vector<std::string>{"air", "force"}));
  EXPECT_EQ(NameVariants("British Airways", EntityType::kOrganization).size(), 1u);
}

}  // namespace
}  // namespace storyline
