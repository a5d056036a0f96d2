#include "entities/ner_viterbi.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>

namespace storyline {
namespace {

// The straightforward decoder (constraint tested in the inner loop) that the
// masked one replaced: both must return the same tags, ties included.
std::vector<int> ReferenceDecode(const std::vector<float>& emissions, size_t n, const NerTransitions& transitions) {
  constexpr int T = kNumNerTags;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<int> tags(n);
  if (n == 0) return tags;
  std::vector<float> score(n * T);
  std::vector<int> back(n * T, 0);
  for (int t = 0; t < T; ++t) score[t] = NerTransitionAllowed(-1, t) ? transitions[t] + emissions[t] : kNone;
  for (size_t i = 1; i < n; ++i) {
    for (int t = 0; t < T; ++t) {
      float best = kNone;
      int arg = 0;
      for (int p = 0; p < T; ++p) {
        if (!NerTransitionAllowed(p, t)) continue;
        float s = score[(i - 1) * T + p] + transitions[(p + 1) * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  int best = 0;
  for (int t = 1; t < T; ++t) {
    if (score[(n - 1) * T + t] > score[(n - 1) * T + best]) best = t;
  }
  for (size_t i = n; i-- > 0;) {
    tags[i] = best;
    best = back[i * T + best];
  }
  return tags;
}

TEST(NerViterbi, MaskedDecoderMatchesReferenceIncludingTies) {
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    // Coarse values (multiples of 0.5 in a small range) make ties frequent.
    int levels = round % 2 == 0 ? 5 : 1000;
    std::uniform_int_distribution<int> value(-levels, levels);
    NerTransitions transitions;
    for (float& t : transitions) t = value(rng) * 0.5f;
    size_t n = 1 + round % 12;
    std::vector<float> emissions(n * kNumNerTags);
    for (float& e : emissions) e = value(rng) * 0.5f;
    ASSERT_EQ(ViterbiDecode(emissions, n, transitions), ReferenceDecode(emissions, n, transitions)) << round;
  }
}

TEST(NerViterbi, NeverStartsOrContinuesAnEntityWithAWrongInsideTag) {
  NerTransitions transitions{};
  std::vector<float> emissions(3 * kNumNerTags, 0.0f);
  emissions[kTagIPer] = 5;                    // I-PER first: forbidden
  emissions[kNumNerTags + kTagBOrg] = 5;      // then B-ORG
  emissions[2 * kNumNerTags + kTagIPer] = 5;  // I-PER after ORG: forbidden
  std::vector<int> tags = ViterbiDecode(emissions, 3, transitions);
  EXPECT_NE(tags[0], kTagIPer);
  EXPECT_EQ(tags[1], kTagBOrg);
  EXPECT_NE(tags[2], kTagIPer);
}

}  // namespace
}  // namespace storyline
