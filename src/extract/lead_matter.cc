#include "extract/lead_matter.h"

#include "common/utf8.h"
#include "extract/date_parse.h"
#include "extract/dateline.h"

namespace storyline {
namespace {

// Index of the first line not yet removed, or lines.size().
size_t FirstKept(const std::vector<TextLine>& lines) {
  size_t i = 0;
  while (i < lines.size() && lines[i].removed != nullptr) ++i;
  return i;
}

}  // namespace

std::string CutMetadataLine(std::string_view raw, std::vector<TextLine>* lines,
                            std::vector<RemovedLine>* removed) {
  if (lines->empty()) return {};
  TextLine& first = lines->front();
  std::string_view text = first.span.In(raw);
  if (!text.starts_with("date ")) return {};
  std::string_view value = TrimSpace(text.substr(5));
  if (value.size() < 10) return {};
  std::string iso = ParseDateIso(value.substr(0, 10));
  if (iso.empty() || value.substr(0, 10) != iso || (value.size() > 10 && value[10] != ' ')) return {};
  std::string_view rest = TrimSpace(value.substr(10));
  uint32_t cut_end = rest.empty() ? first.span.end : static_cast<uint32_t>(rest.data() - raw.data());
  // The removed span starts at the line start, leading spaces included.
  uint32_t line_start = first.span.begin;
  while (line_start > 0 && raw[line_start - 1] != '\n') --line_start;
  removed->push_back({Span{line_start, cut_end}, "metadata-line"});
  if (rest.empty()) {
    first.removed = "metadata-line";
    first.span.begin = first.span.end;  // already recorded above
  } else {
    first.span.begin = cut_end;
    ComputeFeatures(raw, &first);
  }
  return iso;
}

std::string TakeTitle(std::string_view raw, const std::string& metadata_title, size_t max_words,
                      size_t max_bytes, std::vector<TextLine>* lines) {
  size_t i = FirstKept(*lines);
  if (i >= lines->size()) return metadata_title;
  TextLine& line = (*lines)[i];
  std::string_view text = line.span.In(raw);
  if (!metadata_title.empty()) {
    if (line.key == LooseKey(metadata_title)) line.removed = "title";
    return metadata_title;
  }
  // A quotation or a line with a dateline opens the story; it is not a headline.
  bool opens_quote = text.starts_with('"') || text.starts_with("``") || text.starts_with("\u201C");
  char last = text.back();
  bool shaped = line.words >= 2 && line.words <= max_words && text.size() <= max_bytes &&
                last != '.' && last != ':' && last != ';' && last != '\'' && last != '"' &&
                !line.inner_stop && !opens_quote && !ParseDateline(text).found();
  if (!shaped || i + 1 >= lines->size()) return {};
  line.removed = "title";
  return std::string(text);
}

std::string TakeDateLine(std::string_view raw, size_t window, std::vector<TextLine>* lines) {
  size_t seen = 0;
  for (TextLine& line : *lines) {
    if (line.removed != nullptr) continue;
    if (seen++ >= window) break;
    CalendarDate date;
    if (line.words <= 12 && IsDateLine(line.span.In(raw), &date)) {
      line.removed = "date-line";
      return date.Iso();
    }
  }
  return {};
}

}  // namespace storyline
