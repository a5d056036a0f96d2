// Reading timeline input from JSON Lines, the benchmark format of
// Timeline17 and the `storyline timeline --articles` input: one article a
// line, {"id", "time" (or "published"), "text"}. Blank lines are skipped; a
// line that is not an object with a string "text" is an error naming its
// line. Sentences are left to split on demand (a sentence a line at least).
#ifndef STORYLINE_TIMELINE_ARTICLE_JSONL_H_
#define STORYLINE_TIMELINE_ARTICLE_JSONL_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"
#include "timeline/dated_sentences.h"

namespace storyline {

// Calls `fn(line, line_no)` (1-based) for each non-blank line of `content`;
// stops at and returns the first error.
Status ForEachJsonLine(std::string_view content,
                       const std::function<Status(std::string_view, size_t)>& fn);

// Parses `content` (the whole file); `name` prefixes error messages.
Result<std::vector<TimelineInput>> ParseArticlesJsonl(std::string_view content,
                                                      const std::string& name);

// Parses a JSON list of query words (Timeline17 keywords.json).
Result<std::vector<std::string>> ParseKeywordsJson(std::string_view content,
                                                   const std::string& name);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_ARTICLE_JSONL_H_
