// Entity-level scoring, conlleval-style: a predicted entity counts only when
// its type and both boundaries equal a gold entity's.
#ifndef STORYLINE_ENTITIES_NER_METRICS_H_
#define STORYLINE_ENTITIES_NER_METRICS_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace storyline {

struct NerCounts {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;

  double Precision() const { return predicted ? static_cast<double>(correct) / predicted : 0.0; }
  double Recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

class NerScorer {
 public:
  // Adds one sentence's gold and predicted BIO tags (same length).
  void Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);

  const NerCounts& overall() const { return overall_; }
  const std::map<std::string, NerCounts>& per_type() const { return per_type_; }

  // Table: one line per type and "ALL": gold, predicted, correct, P, R, F1.
  std::string Report() const;

 private:
  NerCounts overall_;
  std::map<std::string, NerCounts> per_type_;
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_METRICS_H_
