// Timeline17 gold timelines (timelines.jsonl): one timeline a line, a JSON
// list of ["YYYY-MM-DDT00:00:00", [sentence, ...]]. Used by the evaluation
// driver only.
#ifndef STORYLINE_TIMELINE_TOOLS_GOLD_TIMELINES_H_
#define STORYLINE_TIMELINE_TOOLS_GOLD_TIMELINES_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storyline/status.h"

namespace storyline {

struct GoldTimeline {
  // (day "YYYY-MM-DD", sentences), oldest first.
  std::vector<std::pair<std::string, std::vector<std::string>>> dates;
};

Result<std::vector<GoldTimeline>> ParseGoldTimelines(std::string_view content,
                                                     const std::string& name);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_TOOLS_GOLD_TIMELINES_H_
