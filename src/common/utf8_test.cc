#include "common/utf8.h"

#include <gtest/gtest.h>

namespace storyline {

TEST(Utf8, DecodesMultiByteAndRecoversFromInvalid) {
  std::string s = "a\xC3\xBC\xE2\x80\x9D\xFFz";  // a ü ” <bad> z
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(s, &pos), U'a');
  EXPECT_EQ(DecodeUtf8(s, &pos), U'\u00FC');
  EXPECT_EQ(DecodeUtf8(s, &pos), U'\u201D');
  EXPECT_EQ(DecodeUtf8(s, &pos), U'\uFFFD');
  EXPECT_EQ(DecodeUtf8(s, &pos), U'z');
  EXPECT_EQ(pos, s.size());
}

TEST(Utf8, EncodeRoundTrips) {
  std::string out;
  for (char32_t cp : {U'x', U'\u00E7', U'\u201C', U'\U0001F600'}) AppendUtf8(cp, &out);
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(out, &pos), U'x');
  EXPECT_EQ(DecodeUtf8(out, &pos), U'\u00E7');
  EXPECT_EQ(DecodeUtf8(out, &pos), U'\u201C');
  EXPECT_EQ(DecodeUtf8(out, &pos), U'\U0001F600');
}

TEST(Utf8, PrefixNeverCutsACharacter) {
  EXPECT_EQ(Utf8Prefix("ab\u00FCc", 3), "ab");  // the 2-byte \u00FC would be cut: left out
  EXPECT_EQ(Utf8Prefix("ab\u00FCc", 4), "ab\u00FC");
  EXPECT_EQ(Utf8Prefix("abc", 10), "abc");
}

TEST(Utf8, TrimSpaceRemovesNbsp) {
  EXPECT_EQ(TrimSpace("\xC2\xA0 hello \n"), "hello");
  EXPECT_EQ(TrimSpace("   "), "");
}

}  // namespace storyline
