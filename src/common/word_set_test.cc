#include "common/word_set.h"

#include <string>

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(WordSetTest, FindsMembersAndOnlyMembers) {
  WordSet set = {"the", "a", "according", "themselves"};
  EXPECT_EQ(set.size(), 4u);
  EXPECT_TRUE(set.contains("the"));
  EXPECT_TRUE(set.contains("a"));
  EXPECT_TRUE(set.contains("themselves"));
  EXPECT_FALSE(set.contains("The"));
  EXPECT_FALSE(set.contains("then"));
  EXPECT_FALSE(set.contains("thematically"));
  EXPECT_FALSE(set.contains(""));
}

TEST(WordSetTest, LooksUpByContentNotByAddress) {
  WordSet set = {"minister", "president"};
  std::string word = "presiden";
  word += 't';
  EXPECT_TRUE(set.contains(word));
}

TEST(WordSetTest, DuplicatesCountOnce) {
  WordSet set = {"al", "el", "al"};
  EXPECT_EQ(set.size(), 2u);
  EXPECT_TRUE(set.contains("el"));
}

TEST(WordSetTest, IndexOfGivesTheFirstPositionInTheList) {
  WordSet set = {"jan", "feb", "mar", "jan"};
  EXPECT_EQ(set.IndexOf("jan"), 0);
  EXPECT_EQ(set.IndexOf("mar"), 2);
  EXPECT_EQ(set.IndexOf("apr"), -1);
  EXPECT_EQ(set.IndexOf("february"), -1);
}

TEST(WordSetTest, ManyWordsStayFindable) {
  auto word = [](int i) { return std::string("w").append(std::to_string(i)); };
  std::vector<std::string> storage;
  for (int i = 0; i < 500; ++i) storage.push_back(word(i * 7));
  std::vector<std::string_view> views(storage.begin(), storage.end());
  WordSet set(views);
  EXPECT_EQ(set.size(), 500u);
  for (int i = 0; i < 500; ++i) EXPECT_TRUE(set.contains(word(i * 7))) << i;
  EXPECT_FALSE(set.contains("w1"));
  EXPECT_FALSE(set.contains("w3500"));
}

TEST(WordSetTest, EmptyWordIsAMemberOnlyWhenListed) {
  WordSet with = {"", "x"};
  EXPECT_TRUE(with.contains(""));
  WordSet without = {"x"};
  EXPECT_FALSE(without.contains(""));
}

}  // namespace
}  // namespace storyline
