#include "entities/acronym.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace storyline {
namespace {

bool HasAcronym(std::string_view name, const std::string& acr) {
  auto all = AcronymsOf(name);
  return std::find(all.begin(), all.end(), acr) != all.end();
}

TEST(AcronymsOf, UsesInitialsOfContentWords) {
  EXPECT_TRUE(HasAcronym("Government of National Accord", "GNA"));
  EXPECT_TRUE(HasAcronym("Libyan National Army", "LNA"));
  EXPECT_TRUE(HasAcronym("Democratic Republic of the Congo", "DRC"));
  EXPECT_TRUE(HasAcronym("United Nations", "UN"));
}

TEST(AcronymsOf, KeepsAllCapitalWordsWhole) {
  EXPECT_TRUE(HasAcronym("UN Security Council", "UNSC"));
  EXPECT_TRUE(HasAcronym("European Aeronautic Defence and Space Company", "EADS"));
}

TEST(AcronymsOf, NothingForOneWord) { EXPECT_TRUE(AcronymsOf("Libya").empty()); }

TEST(IsAcronymToken, RecognizesCapitals) {
  EXPECT_TRUE(IsAcronymToken("GNA"));
  EXPECT_TRUE(IsAcronymToken("U.S."));
  EXPECT_FALSE(IsAcronymToken("Gna"));
  EXPECT_FALSE(IsAcronymToken("A"));
}

TEST(FindAcronymDefinitions, FindsNameThenBracketedAcronym) {
  std::string text = "the internationally recognized Government of National Accord (GNA) headed by "
                     "X, and the UN Security Council (UNSC) decisions (in 2020).";
  auto defs = FindAcronymDefinitions(text);
  ASSERT_EQ(defs.size(), 2u);
  EXPECT_EQ(defs[0].acronym, "GNA");
  EXPECT_EQ(defs[0].long_form, "Government of National Accord");
  EXPECT_EQ(defs[0].long_span.In(text), "Government of National Accord");
  EXPECT_EQ(defs[0].acronym_span.In(text), "GNA");
  EXPECT_EQ(defs[1].long_form, "UN Security Council");
}

TEST(FindAcronymDefinitions, IgnoresBracketsThatSpellNothing) {
  EXPECT_TRUE(FindAcronymDefinitions("Sergey Lavrov (TASS) said").empty());
}


TEST(FindAcronymDefinitions, AcceptsLettersInsideWords) {
  auto defs = FindAcronymDefinitions("shares of Singapore Airlines (SIA) fell");
  ASSERT_EQ(defs.size(), 1u);
  EXPECT_EQ(defs[0].long_form, "Singapore Airlines");
}

}  // namespace
}  // namespace storyline
