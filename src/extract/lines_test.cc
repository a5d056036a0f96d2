#include "extract/lines.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(SplitLines, TrimsAndNumbersBlocks) {
  std::string raw = "Title here\n\n  First line.  \nSecond line\n\u00A0\nThird block.";
  std::vector<TextLine> lines = SplitLines(raw);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].span.In(raw), "Title here");
  EXPECT_EQ(lines[1].span.In(raw), "First line.");
  EXPECT_EQ(lines[0].block, 0u);
  EXPECT_EQ(lines[1].block, 1u);
  EXPECT_EQ(lines[2].block, 1u);
  EXPECT_EQ(lines[3].block, 2u);  // an NBSP-only line separates blocks
}

TEST(SplitLines, ShapeFeatures) {
  std::string raw = "Jets hit Libya's al-Watiya airbase, sources say\n"
                    "`` We want to use the technology . ''\nOne. Two more\nWho said so?\n";
  std::vector<TextLine> lines = SplitLines(raw);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_FALSE(lines[0].terminal);
  EXPECT_EQ(lines[0].words, 7u);
  EXPECT_EQ(lines[0].capitalized, 2u);
  EXPECT_TRUE(lines[1].terminal);  // Penn Treebank closing quote
  EXPECT_TRUE(lines[2].inner_stop);
  EXPECT_FALSE(lines[2].terminal);
  EXPECT_TRUE(lines[3].terminal);
}

TEST(SplitLines, KeyIsTheLooseKeyOfTheLine) {
  std::string raw = "Jets hit Libya's al-Watiya airbase -- sources say .\n\u00C7avu\u015Fo\u011Flu met Lavrov.";
  std::vector<TextLine> lines = SplitLines(raw);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].key, LooseKey(lines[0].span.In(raw)));
  EXPECT_EQ(lines[0].key, "jets hit libya s al watiya airbase sources say");
  EXPECT_TRUE(lines[0].ascii);
  EXPECT_EQ(lines[1].key, LooseKey(lines[1].span.In(raw)));
  EXPECT_FALSE(lines[1].ascii);
}

TEST(LooseKey, IgnoresCaseAndPunctuation) {
  EXPECT_EQ(LooseKey("Russia, and TURKEY -- said."), "russia and turkey said");
  EXPECT_EQ(LooseKey(" ... "), "");
}

}  // namespace
}  // namespace storyline
