// The averaged structured perceptron behind the NER trainer. Weights live in
// a dense hashed table (rows x kNerRowStride floats); averaging uses the
// "accumulate c * update" trick, so each update costs O(1) and the average is
// w - u / c at the end (Daume III).
#ifndef STORYLINE_ENTITIES_PERCEPTRON_H_
#define STORYLINE_ENTITIES_PERCEPTRON_H_

#include <cstdint>
#include <vector>

#include "entities/ner_model.h"
#include "entities/ner_viterbi.h"

namespace storyline {

// Stores float weights in `model` as int16, scaled to the largest magnitude.
void QuantizeWeights(const std::vector<float>& weights, const NerTransitions& transitions, NerModel* model);

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(size_t rows);

  // Decodes one sentence (token -> feature rows) and, when the best sequence
  // differs from `gold`, moves the weights toward gold. Tokens whose gold tag
  // is kTagUnknown take the predicted tag (FillUnknownTags): the update is
  // toward the best sequence that agrees with the known labels, as in
  // training from partial annotation. Returns the number of mistagged tokens.
  size_t Learn(const std::vector<std::vector<uint32_t>>& rows, const std::vector<int>& gold);

  // Adds `factor` times the averaged weights to `weights` (resized to the
  // table when empty) and `transitions`.
  void AddAveraged(float factor, std::vector<float>* weights, NerTransitions* transitions) const;

 private:
  void Update(const std::vector<uint32_t>& rows, int tag, float delta);
  void UpdateTransition(int prev, int tag, float delta);

  std::vector<float> weights_;
  std::vector<double> totals_;  // sum of c * update
  NerTransitions transitions_{};
  std::vector<double> transition_totals_;
  double c_ = 1;  // examples seen + 1
};

// `given` with each kTagUnknown replaced by the predicted tag where that
// keeps the sequence valid BIO, else by O.
std::vector<int> FillUnknownTags(const std::vector<int>& given, const std::vector<int>& predicted);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_PERCEPTRON_H_
