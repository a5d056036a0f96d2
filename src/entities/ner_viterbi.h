// First-order Viterbi decoding over the BIO tags with transition constraints
// (an I-X only after B-X or I-X), shared by the tagger and the trainer.
#ifndef STORYLINE_ENTITIES_NER_VITERBI_H_
#define STORYLINE_ENTITIES_NER_VITERBI_H_

#include <array>
#include <vector>

#include "entities/ner_tags.h"

namespace storyline {

// transitions[(prev + 1) * kNumNerTags + tag]; prev = -1 is the sentence start.
using NerTransitions = std::array<float, (kNumNerTags + 1) * kNumNerTags>;

// Best tag sequence for `emissions` (n x kNumNerTags, row-major).
std::vector<int> ViterbiDecode(const std::vector<float>& emissions, size_t n, const NerTransitions& transitions);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_VITERBI_H_
