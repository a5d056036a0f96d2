#include "extract/content_hash.h"

#include <gtest/gtest.h>

#include "common/hash.h"
#include "text/normalize.h"

namespace storyline {
namespace {

TEST(ContentHash, FastPathEqualsNormalizeForHash) {
  const char* texts[] = {"", "  ", "Hello, World!", "MOSCOW, July 8. /TASS/. Turkey -- GNA (2020)",
                         "-LRB- Reuters -RRB- - `` quoted '' text .\n\nNext\tpara",
                         "tabs\tand\nnewlines__underscores", "Çavuşoğlu met Lavrov — in Ankara",
                         "straße \u00A0 nbsp", "123 abc DEF 456"};
  for (const char* t : texts) {
    EXPECT_EQ(NormalizeForHashFast(t), NormalizeForHash(t)) << t;
    EXPECT_EQ(ContentHash(t), Hash64(NormalizeForHash(t))) << t;
  }
}

TEST(ContentHash, AllAsciiBytesAgree) {
  std::string all;
  for (int c = 1; c < 128; ++c) all += static_cast<char>(c), all += "x";
  EXPECT_EQ(NormalizeForHashFast(all), NormalizeForHash(all));
}

}  // namespace
}  // namespace storyline
