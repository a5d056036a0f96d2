// A trained NER model: the hashed emission weight table (int16, quantized),
// tag transition weights, the gazetteer and the learned title words. The
// binary form (little-endian) is what models/ner-en.bin holds:
//   "SLNER003" | u32 hash_bits | f32 scale | f32 transitions[90] |
//   i16 weights[2^hash_bits * 9] (one column per tag) |
//   gazetteer (see Gazetteer::AppendTo) | u32 n_titles | n x (u16 len, bytes) |
//   word classes (see WordClusters::AppendTo)
#ifndef STORYLINE_ENTITIES_NER_MODEL_H_
#define STORYLINE_ENTITIES_NER_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/ner_viterbi.h"
#include "entities/word_clusters.h"
#include "storyline/status.h"

namespace storyline {

// Columns per weight row: one per tag.
constexpr int kNerRowStride = kNumNerTags;

struct NerModel {
  uint32_t hash_bits = 18;
  float scale = 1.0f;  // weight = stored int16 / scale
  NerTransitions transitions{};
  std::vector<int16_t> weights;  // (1 << hash_bits) * kNerRowStride
  Gazetteer gazetteer;
  std::vector<std::string> titles;  // learned title words (folded)
  WordClusters clusters;            // word classes from unlabeled text; may be empty

  std::string Serialize() const;
  static Result<NerModel> Parse(std::string_view data);
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_MODEL_H_
