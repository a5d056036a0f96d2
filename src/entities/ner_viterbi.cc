#include "entities/ner_viterbi.h"

#include <limits>

namespace storyline {
namespace {

constexpr int T = kNumNerTags;
constexpr float kNone = -std::numeric_limits<float>::infinity();

}  // namespace

NerTransitions MaskForbiddenTransitions(const NerTransitions& transitions) {
  NerTransitions masked;
  for (int p = -1; p < T; ++p) {
    for (int t = 0; t < T; ++t) {
      size_t k = static_cast<size_t>(p + 1) * T + t;
      masked[k] = NerTransitionAllowed(p, t) ? transitions[k] : kNone;
    }
  }
  return masked;
}

std::vector<int> ViterbiDecode(const std::vector<float>& emissions, size_t n, const NerTransitions& transitions) {
  ViterbiScratch scratch;
  std::vector<int> tags;
  ViterbiDecodeMasked(emissions.data(), n, MaskForbiddenTransitions(transitions), &scratch, &tags);
  return tags;
}

// A forbidden transition scores -inf, which never beats the running best (it
// starts at -inf and only a strictly greater score replaces it), exactly as if
// the transition had been skipped.
void ViterbiDecodeMasked(const float* emissions, size_t n, const NerTransitions& masked, ViterbiScratch* scratch,
                         std::vector<int>* tags) {
  tags->resize(n);
  if (n == 0) return;
  scratch->score.resize(n * T);
  scratch->back.resize(n * T);
  float* score = scratch->score.data();
  uint8_t* back = scratch->back.data();
  for (int t = 0; t < T; ++t) score[t] = masked[t] == kNone ? kNone : masked[t] + emissions[t];
  for (size_t i = 1; i < n; ++i) {
    // Predecessors in ascending order, each tag its own running best: the
    // first predecessor reaching the maximum wins, and the T maxima are
    // independent chains the CPU overlaps.
    const float* prev = score + (i - 1) * T;
    float best[T];
    uint8_t arg[T] = {0};
    for (int t = 0; t < T; ++t) best[t] = kNone;
    for (int p = 0; p < T; ++p) {
      const float* row = &masked[(p + 1) * T];
      for (int t = 0; t < T; ++t) {
        float s = prev[p] + row[t];
        if (s > best[t]) { best[t] = s; arg[t] = static_cast<uint8_t>(p); }
      }
    }
    for (int t = 0; t < T; ++t) {
      score[i * T + t] = best[t] + emissions[i * T + t];
      back[i * T + t] = arg[t];
    }
  }
  const float* last = score + (n - 1) * T;
  int best = 0;
  for (int t = 1; t < T; ++t) {
    if (last[t] > last[best]) best = t;
  }
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = best;
    best = back[i * T + best];
  }
}

}  // namespace storyline
