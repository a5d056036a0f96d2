#include "entities/ner_doc_hints.h"

#include <gtest/gtest.h>

#include "entities/ner_tags.h"

namespace storyline {
namespace {

TEST(NerDocHints, RepeatedNameGetsTheTypeOfItsOtherOccurrences) {
  std::vector<std::vector<std::string_view>> raw = {{"Sergey", "Lavrov", "spoke"}, {"Lavrov", "said", "Paris"}};
  std::vector<std::vector<std::string_view>> folded = {{"sergey", "lavrov", "spoke"}, {"lavrov", "said", "paris"}};
  std::vector<std::vector<int>> tags = {{kTagBPer, kTagIPer, kTagO}, {kTagO, kTagO, kTagBLoc}};
  std::vector<std::vector<uint8_t>> hints = DocumentHints(raw, folded, tags);
  EXPECT_EQ(hints[1][0], kHintPer);    // "Lavrov" was a person in sentence 1
  EXPECT_EQ(hints[0][1], kHintOther);  // ... and O in sentence 2
  EXPECT_EQ(hints[0][0], kHintNone);   // "Sergey" occurs once
  EXPECT_EQ(hints[1][1], kHintNone);   // lower-case words get no hint
}

}  // namespace
}  // namespace storyline
