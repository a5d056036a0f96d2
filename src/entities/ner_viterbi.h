// First-order Viterbi decoding over the BIO tags with transition constraints
// (an I-X only after B-X or I-X), shared by the tagger and the trainer.
#ifndef STORYLINE_ENTITIES_NER_VITERBI_H_
#define STORYLINE_ENTITIES_NER_VITERBI_H_

#include <array>
#include <cstdint>
#include <vector>

#include "entities/ner_tags.h"

namespace storyline {

// transitions[(prev + 1) * kNumNerTags + tag]; prev = -1 is the sentence start.
using NerTransitions = std::array<float, (kNumNerTags + 1) * kNumNerTags>;

// Buffers one decoder reuses from sentence to sentence (not shared between threads).
struct ViterbiScratch {
  std::vector<float> score;
  std::vector<uint8_t> back;
};

// `transitions` with the forbidden BIO transitions set to -infinity, so the
// decoder's inner loop needs no constraint test.
NerTransitions MaskForbiddenTransitions(const NerTransitions& transitions);

// Best tag sequence for `emissions` (n x kNumNerTags, row-major).
std::vector<int> ViterbiDecode(const std::vector<float>& emissions, size_t n, const NerTransitions& transitions);
// The same, with transitions already masked (MaskForbiddenTransitions), into
// `tags` (resized to n). Ties go to the lowest tag id, as above.
void ViterbiDecodeMasked(const float* emissions, size_t n, const NerTransitions& masked, ViterbiScratch* scratch,
                         std::vector<int>* tags);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_VITERBI_H_
