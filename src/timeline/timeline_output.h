// Writing a built timeline: JSON for programs (every sentence with its
// article and byte span, every day with its sources) and the Timeline17 text
// format for the benchmark tools (a "YYYY-MM-DD" line, one sentence a line,
// a line of 32 dashes after each day).
#ifndef STORYLINE_TIMELINE_TIMELINE_OUTPUT_H_
#define STORYLINE_TIMELINE_TIMELINE_OUTPUT_H_

#include <string>
#include <vector>

#include "timeline/t17_format.h"
#include "timeline/tilse_metrics.h"
#include "timeline/timeline_builder.h"

namespace storyline {

// {"timeline": [{"date", "score", "articles": [...], "sentences": [{"article",
// "begin", "end", "text"}, ...]}, ...]}, pretty-printed, newline-terminated.
std::string TimelineToJson(const std::vector<TimelineDate>& timeline);

// The timeline as the evaluation library sees it: day -> sentence texts.
timeline::Timeline ToEvalTimeline(const std::vector<TimelineDate>& timeline);

// The Timeline17 text format (t17_format.h); newlines inside a sentence
// become spaces.
std::string TimelineToT17(const std::vector<TimelineDate>& timeline);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_TIMELINE_OUTPUT_H_
