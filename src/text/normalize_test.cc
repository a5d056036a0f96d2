#include "text/normalize.h"

#include <gtest/gtest.h>

namespace storyline {

TEST(Fold, StripsAccentsAndCase) {
  EXPECT_EQ(Fold("Mevlüt Çavuşoğlu"), "mevlut cavusoglu");
  EXPECT_EQ(Fold("Sergéy LAVROV"), "sergey lavrov");
  EXPECT_EQ(Fold("Atatürk"), "ataturk");
}

TEST(Fold, MapsTypographicPunctuation) {
  EXPECT_EQ(Fold("\u201CHi\u201D \u2013 it\u2019s"), "\"hi\" - it's");
}

TEST(NormalizeForHash, IgnoresPunctuationWhitespaceAndCase) {
  EXPECT_EQ(NormalizeForHash("  Hello,   World! "), "hello world");
  EXPECT_EQ(NormalizeForHash("hello world"), NormalizeForHash("HELLO\n\nWORLD."));
}

TEST(NormalizeNfc, ComposesCombiningMarks) {
  EXPECT_EQ(NormalizeNfc("u\u0308"), "\u00FC");
}

}  // namespace storyline
