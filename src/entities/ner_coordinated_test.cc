#include "entities/ner_coordinated.h"

#include <gtest/gtest.h>

#include "entities/ner_tags.h"

namespace storyline {
namespace {

Gazetteer CommonWords() {
  Gazetteer g;
  for (const char* w : {"securities", "exchange", "commission", "air", "space", "museum", "national", "health",
                        "human", "services", "department", "banking", "group"}) {
    g.Add({w}, kGazCommonWord);
  }
  g.Add({"france"}, kGazCountry);
  return g;
}

std::vector<int> Join(std::vector<std::string_view> raw, std::vector<std::string_view> folded, std::vector<int> tags) {
  JoinCoordinatedNameParts(raw, folded, CommonWords(), &tags);
  return tags;
}

TEST(NerCoordinated, JoinsAnUntaggedPartBeforeTheConjunction) {
  EXPECT_EQ(Join({"The", "Securities", "and", "Exchange", "Commission", "said"},
                 {"the", "securities", "and", "exchange", "commission", "said"},
                 {kTagO, kTagO, kTagO, kTagBOrg, kTagIOrg, kTagO}),
            (std::vector<int>{kTagO, kTagBOrg, kTagIOrg, kTagIOrg, kTagIOrg, kTagO}));
}

TEST(NerCoordinated, JoinsTwoTaggedPartsIntoTheTypeOfTheHead) {
  EXPECT_EQ(Join({"the", "National", "Air", "and", "Space", "Museum"},
                 {"the", "national", "air", "and", "space", "museum"},
                 {kTagO, kTagBOrg, kTagIOrg, kTagO, kTagBLoc, kTagILoc}),
            (std::vector<int>{kTagO, kTagBLoc, kTagILoc, kTagILoc, kTagILoc, kTagILoc}));
}

TEST(NerCoordinated, KeepsTwoNamesApart) {
  // The word after "and" is a name, not an ordinary word.
  std::vector<int> banks = {kTagBOrg, kTagO, kTagBOrg, kTagIOrg, kTagIOrg};
  EXPECT_EQ(Join({"Barclays", "and", "Lloyds", "Banking", "Group"}, {"barclays", "and", "lloyds", "banking", "group"},
                 banks),
            banks);
  // A person, or a place the gazetteer knows, is not the first part of an institution's name.
  std::vector<int> person = {kTagBPer, kTagO, kTagBOrg, kTagIOrg};
  EXPECT_EQ(Join({"Air", "and", "Space", "Museum"}, {"air", "and", "space", "museum"}, person), person);
  std::vector<int> place = {kTagBLoc, kTagO, kTagBOrg, kTagIOrg};
  EXPECT_EQ(Join({"France", "and", "Human", "Services"}, {"france", "and", "human", "services"}, place), place);
  // The second part must end in an institution noun.
  std::vector<int> plain = {kTagO, kTagBOrg, kTagO, kTagBOrg, kTagIOrg};
  EXPECT_EQ(Join({"the", "Air", "and", "Space", "Group"}, {"the", "air", "and", "space", "group"}, plain), plain);
}

}  // namespace
}  // namespace storyline
