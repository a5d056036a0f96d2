#include "entities/ner_type_vote.h"

#include <gtest/gtest.h>

#include "entities/ner_tags.h"

namespace storyline {
namespace {

struct Doc {
  std::vector<std::vector<std::string_view>> raw, folded;
  std::vector<std::vector<int>> tags;
  void Add(std::vector<std::string_view> words, std::vector<int> t) {
    raw.push_back(words);
    folded.push_back(words);  // the test words are already lower case where it matters
    tags.push_back(std::move(t));
  }
};

TEST(VoteMentionTypes, MajorityTypeWins) {
  Doc d;
  d.Add({"Cisco", "sues", "Apple"}, {kTagBPer, kTagO, kTagBOrg});
  d.Add({"shares", "of", "Cisco"}, {kTagO, kTagO, kTagBOrg});
  d.Add({"Cisco", "said"}, {kTagBOrg, kTagO});
  VoteMentionTypes(d.raw, d.folded, &d.tags);
  EXPECT_EQ(d.tags[0], (std::vector<int>{kTagBOrg, kTagO, kTagBOrg}));
}

TEST(VoteMentionTypes, TiesChangeNothing) {
  Doc d;
  d.Add({"Jordan", "met", "Jordan"}, {kTagBPer, kTagO, kTagBLoc});
  VoteMentionTypes(d.raw, d.folded, &d.tags);
  EXPECT_EQ(d.tags[0], (std::vector<int>{kTagBPer, kTagO, kTagBLoc}));
}

TEST(VoteMentionTypes, AcronymTakesTheTypeOfItsName) {
  Doc d;
  d.Add({"the", "Kennedy", "Space", "Center", "(", "KSC", ")"},
        {kTagO, kTagBLoc, kTagILoc, kTagILoc, kTagO, kTagBOrg, kTagO});
  d.Add({"KSC", "employees"}, {kTagBOrg, kTagO});
  VoteMentionTypes(d.raw, d.folded, &d.tags);
  EXPECT_EQ(d.tags[0][5], kTagBLoc);
  EXPECT_EQ(d.tags[1][0], kTagBLoc);
}

}  // namespace
}  // namespace storyline
