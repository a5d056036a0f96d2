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

TEST(CopyMaker, SameSeedGivesSameCopies) {
  CopyMaker a(5), b(5);
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(a.Make(Original(), "Donor lead .\nDonor line .", "Outlet").text,
              b.Make(Original(), "Donor lead .\nDonor line .", "Outlet").text);
  }
}

TEST(CopyMaker, ExactCopiesNormalizeToTheOriginal) {
  CopyOptions o;
  o.exact_share = 1.0;
  CopyMaker maker(1, o);
  MadeCopy c = maker.Make(Original(), "", "Outlet");
  EXPECT_EQ(c.recipe, "exact");
  EXPECT_NE(c.text, Original());
  EXPECT_EQ(NormalizeForHash(c.text), NormalizeForHash(Original()));
}

TEST(CopyMaker, TruncatedCopiesAreContainedInTheOriginal) {
  CopyOptions o;
  o.exact_share = 0.0;
  o.truncated_share = 1.0;
  CopyMaker maker(2, o);
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
  CopyOptions o;
  o.exact_share = 0.0;
  o.truncated_share = 0.0;
  CopyMaker maker(3, o);
  auto original = ShingleSet(Original(), 3);
  for (int i = 0; i < 10; ++i) {
    MadeCopy c = maker.Make(Original(), "A donor lead about something else .\nAnother donor line .", "Outlet");
    double j = ExactJaccard(ShingleSet(c.text, 3), original);
    EXPECT_GT(j, 0.15) << c.recipe;
    EXPECT_LT(j, 1.0) << c.recipe;
  }
}

}  // namespace
}  // namespace storyline::dedup
