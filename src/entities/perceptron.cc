#include "entities/perceptron.h"

#include <algorithm>
#include <cmath>

#include "entities/ner_tags.h"

namespace storyline {

AveragedPerceptron::AveragedPerceptron(size_t rows)
    : weights_(rows * kNerRowStride, 0.0f), totals_(rows * kNerRowStride, 0.0), transition_totals_(transitions_.size(), 0.0) {}

void AveragedPerceptron::Update(const std::vector<uint32_t>& rows, int tag, float delta) {
  for (uint32_t r : rows) {
    size_t k = static_cast<size_t>(r) * kNerRowStride + tag;
    weights_[k] += delta;
    totals_[k] += c_ * delta;
  }
}

void AveragedPerceptron::UpdateTransition(int prev, int tag, float delta) {
  size_t k = static_cast<size_t>(prev + 1) * kNumNerTags + tag;
  transitions_[k] += delta;
  transition_totals_[k] += c_ * delta;
}

size_t AveragedPerceptron::Learn(const std::vector<std::vector<uint32_t>>& rows, const std::vector<int>& given) {
  size_t n = rows.size();
  std::vector<float> emissions(n * kNumNerTags, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    for (uint32_t r : rows[i]) {
      const float* w = &weights_[static_cast<size_t>(r) * kNerRowStride];
      for (int t = 0; t < kNumNerTags; ++t) emissions[i * kNumNerTags + t] += w[t];
    }
  }
  std::vector<int> predicted = ViterbiDecode(emissions, n, transitions_);
  std::vector<int> gold = FillUnknownTags(given, predicted);
  size_t wrong = 0;
  for (size_t i = 0; i < n; ++i) {
    int gold_prev = i == 0 ? -1 : gold[i - 1], pred_prev = i == 0 ? -1 : predicted[i - 1];
    if (predicted[i] != gold[i]) {
      ++wrong;
      Update(rows[i], gold[i], 1.0f);
      Update(rows[i], predicted[i], -1.0f);
    }
    if (predicted[i] != gold[i] || gold_prev != pred_prev) {
      UpdateTransition(gold_prev, gold[i], 1.0f);
      UpdateTransition(pred_prev, predicted[i], -1.0f);
    }
  }
  c_ += 1;
  return wrong;
}

std::vector<int> FillUnknownTags(const std::vector<int>& given, const std::vector<int>& predicted) {
  std::vector<int> gold = given;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i] != kTagUnknown) continue;
    int prev = i == 0 ? -1 : gold[i - 1];
    bool fits_next = i + 1 == gold.size() || gold[i + 1] == kTagUnknown || NerTransitionAllowed(predicted[i], gold[i + 1]);
    gold[i] = NerTransitionAllowed(prev, predicted[i]) && fits_next ? predicted[i] : kTagO;
  }
  return gold;
}

void AveragedPerceptron::AddAveraged(float factor, std::vector<float>* weights, NerTransitions* transitions) const {
  if (weights->empty()) weights->assign(weights_.size(), 0.0f);
  for (size_t k = 0; k < weights_.size(); ++k) {
    (*weights)[k] += factor * static_cast<float>(weights_[k] - totals_[k] / c_);
  }
  for (size_t k = 0; k < transitions_.size(); ++k) {
    (*transitions)[k] += factor * static_cast<float>(transitions_[k] - transition_totals_[k] / c_);
  }
}

void QuantizeWeights(const std::vector<float>& weights, const NerTransitions& transitions, NerModel* model) {
  float max_abs = 1e-6f;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  model->scale = 32000.0f / max_abs;
  model->weights.resize(weights.size());
  for (size_t k = 0; k < weights.size(); ++k) {
    model->weights[k] = static_cast<int16_t>(std::lround(weights[k] * model->scale));
  }
  model->transitions = transitions;
}

}  // namespace storyline
