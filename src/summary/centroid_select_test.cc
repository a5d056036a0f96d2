#include "summary/centroid_select.h"

#include <gtest/gtest.h>

#include "summary/sentence_vectors.h"

namespace storyline {
namespace {

std::vector<const SparseVector*> Pointers(const std::vector<SparseVector>& v) {
  std::vector<const SparseVector*> out;
  for (const auto& x : v) out.push_back(&x);
  return out;
}

TEST(CentroidSelect, PicksTheSentenceNearestTheCentroid) {
  auto v = VectorizeSentences({"oil spill reaches the coast of Louisiana",
                               "football team wins the cup",
                               "oil spill spreads along the coast"});
  SparseVector centroid = AddScaled(v[0], v[2]);
  auto chosen = SelectByCentroid(Pointers(v), centroid, nullptr, {.max_sentences = 1});
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_NE(chosen[0], 1u);
}

TEST(CentroidSelect, SkipsRedundantSentences) {
  auto v = VectorizeSentences({"BP caps the leaking well in the Gulf",
                               "BP caps the leaking well in the Gulf",
                               "Obama meets BP executives at the White House"});
  SparseVector centroid = AddScaled(AddScaled(v[0], v[1]), v[2]);
  auto chosen = SelectByCentroid(Pointers(v), centroid, nullptr, {.max_sentences = 3});
  ASSERT_EQ(chosen.size(), 2u);
  EXPECT_EQ(chosen[1], 2u);  // the second copy of the first sentence is dropped
}

TEST(CentroidSelect, NeverChoosesForbiddenCandidates) {
  auto v = VectorizeSentences({"storm hits island", "storm hits island again", "aid arrives"});
  auto allowed = [](size_t i) { return i != 0; };
  auto chosen = SelectByCentroid(Pointers(v), v[0], allowed, {.max_sentences = 2});
  for (size_t c : chosen) EXPECT_NE(c, 0u);
  EXPECT_FALSE(chosen.empty());
}

}  // namespace
}  // namespace storyline
