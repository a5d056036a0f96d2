#include "entities/ner_viterbi.h"

#include <iterator>
#include <limits>

namespace storyline {
namespace {

constexpr int T = kNumNerTags;
constexpr float kNone = -std::numeric_limits<float>::infinity();
constexpr int kOpenTags[] = {kTagO, kTagBPer, kTagBOrg, kTagBLoc, kTagBMisc};
constexpr int kInsideTags[] = {kTagIPer, kTagIOrg, kTagILoc, kTagIMisc};

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
    const float* prev = score + (i - 1) * T;
    float* cur = score + i * T;
    uint8_t* from = back + i * T;
    // O and B-X follow any tag: predecessors in ascending order, one running
    // best per target (independent chains the CPU overlaps); a strict > keeps
    // the first predecessor reaching the maximum.
    float best[std::size(kOpenTags)];
    uint8_t arg[std::size(kOpenTags)] = {0};
    for (float& b : best) b = kNone;
    for (int p = 0; p < T; ++p) {
      const float* row = &masked[(p + 1) * T];
      for (size_t k = 0; k < std::size(kOpenTags); ++k) {
        float s = prev[p] + row[kOpenTags[k]];
        if (s > best[k]) { best[k] = s; arg[k] = static_cast<uint8_t>(p); }
      }
    }
    for (size_t k = 0; k < std::size(kOpenTags); ++k) {
      cur[kOpenTags[k]] = best[k] + emissions[i * T + kOpenTags[k]];
      from[kOpenTags[k]] = arg[k];
    }
    // I-X follows only B-X (= I-X - 1) or I-X; every other move is -inf in
    // `masked` and could never win. Selects, not branches: which of the two
    // wins is data, and a mispredicted branch costs more than the step.
    for (int t : kInsideTags) {
      float b = prev[t - 1] + masked[t * T + t], c = prev[t] + masked[(t + 1) * T + t];
      const bool from_b = b > kNone;
      float top = from_b ? b : kNone;
      int arg_t = from_b ? t - 1 : 0;
      const bool from_c = c > top;
      top = from_c ? c : top;
      arg_t = from_c ? t : arg_t;
      cur[t] = top + emissions[i * T + t];
      from[t] = static_cast<uint8_t>(arg_t);
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
