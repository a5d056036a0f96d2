#include "dedup/minhash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "dedup/shingle.h"
#include "dedup/test_util.h"

namespace storyline::dedup {
namespace {

std::vector<BinValue> Sig(const std::string& text, uint32_t* count = nullptr) {
  MinHashOptions o;
  std::vector<BinValue> sig(o.num_bins);
  std::vector<uint64_t> scratch;
  uint32_t n = ComputeSignature(text, o, sig.data(), &scratch);
  if (count) *count = n;
  return sig;
}

TEST(MinHash, IdenticalTextsHaveJaccardOne) {
  auto a = Sig(Words(0, 300)), b = Sig(Words(0, 300));
  EXPECT_DOUBLE_EQ(EstimateJaccard(a.data(), b.data(), 128), 1.0);
}

TEST(MinHash, EstimateTracksExactJaccard) {
  // Overlaps chosen to give exact Jaccard from about 0.1 to 0.8.
  for (int shift : {50, 150, 300, 450}) {
    std::string x = Words(0, 600), y = Words(shift, 600 + shift);
    double exact = ExactJaccard(ShingleSet(x, 3), ShingleSet(y, 3));
    double estimate = EstimateJaccard(Sig(x).data(), Sig(y).data(), 128);
    EXPECT_NEAR(estimate, exact, 0.13) << "shift " << shift;  // about 3 standard errors
  }
}

TEST(MinHash, ShortTextsAreDensifiedConsistently) {
  uint32_t count = 0;
  auto a = Sig("the minister said on monday", &count);
  EXPECT_EQ(count, 3u);
  auto b = Sig("The Minister said, on Monday.");
  EXPECT_DOUBLE_EQ(EstimateJaccard(a.data(), b.data(), 128), 1.0);
  auto c = Sig("the minister said on tuesday");
  double j = EstimateJaccard(a.data(), c.data(), 128);
  EXPECT_GT(j, 0.2);  // exact 2/4 = 0.5
  EXPECT_LT(j, 0.8);
}

TEST(MinHash, EmptyTextHasNoShingles) {
  uint32_t count = 1;
  Sig("  -- ", &count);
  EXPECT_EQ(count, 0u);
}

TEST(MinHash, ContainmentFromJaccardAndSizes) {
  // A inside B with |A| = 100, |B| = 400: J = 0.25, containment 1.
  EXPECT_NEAR(EstimateContainment(0.25, 100, 400), 1.0, 1e-12);
  EXPECT_NEAR(EstimateContainment(0.25, 400, 100), 0.25, 1e-12);
  EXPECT_DOUBLE_EQ(EstimateContainment(0.0, 100, 100), 0.0);
}

}  // namespace
}  // namespace storyline::dedup
