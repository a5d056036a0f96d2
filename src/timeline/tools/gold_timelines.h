// Timeline17 gold timelines (timelines.jsonl): one timeline a line, a JSON
// list of ["YYYY-MM-DDT00:00:00", [sentence, ...]]. Used by the evaluation
// driver only.
#ifndef STORYLINE_TIMELINE_TOOLS_GOLD_TIMELINES_H_
#define STORYLINE_TIMELINE_TOOLS_GOLD_TIMELINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"
#include "timeline/tilse_metrics.h"

namespace storyline {

// Each timeline as day "YYYY-MM-DD" -> its sentences.
Result<std::vector<timeline::Timeline>> ParseGoldTimelines(std::string_view content,
                                                     const std::string& name);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_TOOLS_GOLD_TIMELINES_H_
