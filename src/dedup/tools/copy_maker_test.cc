#include "dedup/tools/copy_maker.h"

#include <gtest/gtest.h>

#include <string>

#include "common/hash.h"
#include "dedup/shingle.h"
#include "text/normalize.h"

namespace storyline::dedup {
namespace {

std::string Original() {
  std::string text;
  for (int i = 0; i < 12; ++i) {
    text += "Paragraph " + std::to_string(i) + " says the officials met on Tuesday , and people said the talks " +
            "went well for region number " + std::to_string(i * 7) + " .\n";
  }
  return text;
}

// A maker that only makes copies of the given shares.
CopyMaker Only(uint64_t seed, double exact_share, double truncated_share) {
  CopyOptions o;
  o.exact_share = exact_share;
  o.truncated_share = truncated_share;
  return CopyMaker(seed, o);
}

// A long donor (it must have CopyMaker::kMinDonorLines lines to lend any).
std::string Donor() {
  std::string text;
  for (int i = 0; i < 14; ++i) text += "Donor line " + std::to_string(i) + " about another matter entirely .\n";
  return text;
}

TEST(CopyMaker, SameSeedGivesSameCopies) {
  CopyMaker a(5), b(5);
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(a.Make(Original(), Donor(), "Outlet").text,
              b.Make(Original(), Donor(), "Outlet").text);
  }
}

TEST(CopyMaker, ExactCopiesNormalizeToTheOriginal) {
  CopyMaker maker = Only(1, 1.0, 0.0);
  MadeCopy c = maker.Make(Original(), "", "Outlet");
  EXPECT_EQ(c.recipe, "exact");
  EXPECT_NE(c.text, Original());
  EXPECT_EQ(NormalizeForHash(c.text), NormalizeForHash(Original()));
}

TEST(CopyMaker, TruncatedCopiesAreContainedInTheOriginal) {
  CopyMaker maker = Only(2, 0.0, 1.0);
  auto original = ShingleSet(Original(), 3);
  for (int i = 0; i < 10; ++i) {
    MadeCopy c = maker.Make(Original(), "", "Outlet");
    ASSERT_EQ(c.recipe.rfind("truncated", 0), 0u);
    // Headline and boilerplate lines add a few shingles of their own.
    EXPECT_GE(ExactContainment(ShingleSet(c.text, 3), original), 0.6) << c.text;
    EXPECT_LT(c.text.size(), Original().size());
  }
}

TEST(CopyMaker, RewritesStaySimilarButDiffer) {
  CopyMaker maker = Only(3, 0.0, 0.0);
  auto original = ShingleSet(Original(), 3);
  for (int i = 0; i < 10; ++i) {
    MadeCopy c = maker.Make(Original(), Donor(), "Outlet");
    double j = ExactJaccard(ShingleSet(c.text, 3), original);
    EXPECT_GT(j, 0.15) << c.recipe;
    EXPECT_LT(j, 1.0) << c.recipe;
    // Borrowed lines never make the copy a copy of the donor.
    EXPECT_LT(ExactContainment(ShingleSet(Donor(), 3), ShingleSet(c.text, 3)), 0.4) << c.recipe;
  }
}

}  // namespace
}  // namespace storyline::dedup
