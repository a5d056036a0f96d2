#include "entities/ner_viterbi.h"

#include <limits>

namespace storyline {

std::vector<int> ViterbiDecode(const std::vector<float>& emissions, size_t n, const NerTransitions& transitions) {
  constexpr int T = kNumNerTags;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<int> tags(n);
  if (n == 0) return tags;
  std::vector<float> score(n * T);
  std::vector<int> back(n * T, 0);
  for (int t = 0; t < T; ++t) {
    score[t] = NerTransitionAllowed(-1, t) ? transitions[t] + emissions[t] : kNone;
  }
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

}  // namespace storyline
