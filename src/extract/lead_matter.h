// What comes before the article body: a metadata line, the title, a date line.
// Each function judges the first kept lines and marks the ones it takes.
#ifndef STORYLINE_EXTRACT_LEAD_MATTER_H_
#define STORYLINE_EXTRACT_LEAD_MATTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lines.h"
#include "storyline/article.h"

namespace storyline {

// A leading "date YYYY-MM-DD" (the collector's metadata line, possibly running
// into the lead on the same line). Cuts it from the first line's span, records
// the cut in `removed` ("metadata-line") and returns the ISO date, or "".
std::string CutMetadataLine(std::string_view raw, std::vector<TextLine>* lines,
                            std::vector<RemovedLine>* removed);

// The title: `metadata_title` when given (its copy at the top is marked "title"),
// else the first kept line when it is shaped like a headline: 2..max_words words,
// at most max_bytes, one sentence not ending in '.', ':', ';' or a closing quote,
// not opening with a quotation or a dateline, and followed by more text.
std::string TakeTitle(std::string_view raw, const std::string& metadata_title, size_t max_words,
                      size_t max_bytes, std::vector<TextLine>* lines);

// The first date line ("22 July 2020", "Published: 08.07.2020 10:15") among the
// first `window` kept lines; marks it "date-line" and returns the ISO date, or "".
std::string TakeDateLine(std::string_view raw, size_t window, std::vector<TextLine>* lines);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_LEAD_MATTER_H_
