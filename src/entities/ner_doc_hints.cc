#include "entities/ner_doc_hints.h"

#include <array>
#include <string>
#include <unordered_map>

#include "entities/ner_tags.h"
#include "text/normalize.h"

namespace storyline {
namespace {

// 0 = O, 1..4 = PER, ORG, LOC, MISC (the hint values).
int TypeSlot(int tag) {
  switch (tag) {
    case kTagBPer: case kTagIPer: return 1;
    case kTagBOrg: case kTagIOrg: return 2;
    case kTagBLoc: case kTagILoc: return 3;
    case kTagBMisc: case kTagIMisc: return 4;
    default: return 0;
  }
}

using Counts = std::array<int, 5>;

uint8_t HintFrom(Counts c, int own_slot) {
  --c[own_slot];
  int best = 0;
  for (int k = 1; k < 5; ++k) {
    if (c[k] > 0 && (best == 0 || c[k] > c[best])) best = k;
  }
  if (best != 0) return static_cast<uint8_t>(best);
  return c[0] > 0 ? kHintOther : kHintNone;
}

}  // namespace

std::vector<std::vector<uint8_t>> DocumentHints(const std::vector<std::vector<std::string_view>>& raw,
                                                const std::vector<std::vector<std::string_view>>& folded,
                                                const std::vector<std::vector<int>>& tags) {
  // One pass counts; each capitalized token keeps a pointer to its word's
  // counts (unordered_map nodes do not move), so the second pass neither
  // re-hashes nor re-tests capitalization.
  size_t total = 0;
  for (const auto& sentence : raw) total += sentence.size();
  std::unordered_map<std::string_view, Counts> counts;
  counts.reserve(total / 2 + 1);
  std::vector<Counts*> word_counts(total, nullptr);
  for (size_t s = 0, k = 0; s < raw.size(); ++s) {
    for (size_t i = 0; i < raw[s].size(); ++i, ++k) {
      if (!StartsUpperCase(raw[s][i])) continue;
      word_counts[k] = &counts[folded[s][i]];
      ++(*word_counts[k])[TypeSlot(tags[s][i])];
    }
  }
  std::vector<std::vector<uint8_t>> hints(raw.size());
  for (size_t s = 0, k = 0; s < raw.size(); ++s) {
    hints[s].assign(raw[s].size(), kHintNone);
    for (size_t i = 0; i < raw[s].size(); ++i, ++k) {
      if (word_counts[k]) hints[s][i] = HintFrom(*word_counts[k], TypeSlot(tags[s][i]));
    }
  }
  return hints;
}

}  // namespace storyline
