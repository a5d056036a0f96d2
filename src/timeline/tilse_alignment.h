// The date-alignment costs of tilse's align metrics (tilse_metrics.h):
//   date costs          1 - 1/(|days apart| + 1);
//   date-content costs  the date cost times 1 - tilse's approximate ROUGE-1 F1
//                       of the two summaries.
// A cost matrix has a row per system date and a column per reference date.
// Values are computed with the same floating-point operations as tilse's
// Python, because equal costs are common and the assignment must break their
// ties the same way.
#ifndef STORYLINE_TIMELINE_TILSE_ALIGNMENT_H_
#define STORYLINE_TIMELINE_TILSE_ALIGNMENT_H_

#include <string>
#include <vector>

#include "timeline/linear_assignment.h"
#include "timeline/rouge.h"

namespace storyline::timeline {

// 1 / (|days between a and b| + 1), for YYYY-MM-DD dates (an invalid date
// counts as day 0).
double DateWeight(const std::string& a, const std::string& b);

// tilse's compute_rouge_approximation: the F1 of clipped whitespace-token
// overlap between `system` and the `references` (pooled as ROUGE -f A does).
// Tokens are case-sensitive and not stemmed; a token that occurs anywhere in
// Python's string.punctuation ("!\"#$%&'()*+,-./:;<=>?@[\]^_`{|}~") is
// dropped, so "," and "()" go but "``" and "--" stay.
double ApproximateRouge1(const Summary& system, const std::vector<Summary>& references);

CostMatrix DateCosts(const std::vector<std::string>& system_dates,
                     const std::vector<std::string>& reference_dates);

// `system_summaries[i]` is the summary of `system_dates[i]`; `reference_models[j]`
// holds, for `reference_dates[j]`, one summary per reference timeline.
CostMatrix DateContentCosts(const std::vector<std::string>& system_dates,
                            const std::vector<Summary>& system_summaries,
                            const std::vector<std::string>& reference_dates,
                            const std::vector<std::vector<Summary>>& reference_models);

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_TILSE_ALIGNMENT_H_
