// The TempEval-3 timex scorer (UzZaman et al. 2013; TE3-evaluation.py /
// evaluate_entities.py), re-implemented:
//   - a system timex and a gold timex match (relaxed) when their extents
//     overlap; strict when the extents are identical. Alignment is one to one:
//     the official toolkit first gives overlapping entities the same id
//     (TimeML-Normalizer) and then compares by id; here each gold timex, in
//     document order, takes the overlapping system timex with the same extent
//     if there is one, else the first unaligned overlapping one.
//   - precision = matches / system timexes, recall = matches / gold timexes,
//     counts summed over all documents (micro average).
//   - type and value accuracy = equal attributes / relaxed matches.
//   - attribute F1 ("Value F1" in the TE3 results) = accuracy x relaxed F1;
//     likewise value P and R = accuracy x relaxed P and R. With one-to-one
//     alignment this equals the F1 of "matched and value equal".
// The creation-time TIMEX3 (tid t0 / CREATION_TIME) is never scored.
#ifndef STORYLINE_DATES_TEMPEVAL_SCORER_H_
#define STORYLINE_DATES_TEMPEVAL_SCORER_H_

#include <string>
#include <utility>
#include <vector>

#include "dates/timeml.h"

namespace storyline::dates {

struct TempEvalCounts {
  long gold = 0;
  long system = 0;
  long strict = 0;   // aligned with identical extents
  long relaxed = 0;  // aligned (overlapping extents)
  long type = 0;     // aligned with equal type
  long value = 0;    // aligned with equal value
  TempEvalCounts& operator+=(const TempEvalCounts& o);
};

struct PRF {
  double precision = 0, recall = 0, f1 = 0;
};

struct TempEvalScores {
  PRF strict, relaxed, value, type;
  double value_accuracy = 0, type_accuracy = 0;
};

// Pairs (gold index, system index) of aligned timexes, in gold order. Both
// lists must be sorted by span begin.
std::vector<std::pair<size_t, size_t>> AlignTimexes(const std::vector<TimexAnnotation>& gold,
                                                    const std::vector<TimexAnnotation>& system);

TempEvalCounts CountDocument(const std::vector<TimexAnnotation>& gold,
                             const std::vector<TimexAnnotation>& system);

TempEvalScores Score(const TempEvalCounts& counts);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_TEMPEVAL_SCORER_H_
