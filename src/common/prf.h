// Precision, recall and F1: the one type every evaluation reports.
#ifndef STORYLINE_COMMON_PRF_H_
#define STORYLINE_COMMON_PRF_H_

namespace storyline {

struct PrfScore {
  double precision = 0.0;
  double recall = 0.0;
  double f1 = 0.0;
};

}  // namespace storyline

#endif  // STORYLINE_COMMON_PRF_H_
