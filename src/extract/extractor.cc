#include "extract/extractor.h"

#include <algorithm>

#include "extract/content_hash.h"
#include "extract/date_parse.h"
#include "extract/dateline.h"
#include "extract/language.h"
#include "extract/lead_matter.h"
#include "text/sentences.h"

namespace storyline {
namespace {

// Dates found while reading the top of the article, strongest first.
struct DateEvidence {
  std::string metadata, metadata_line, dateline, text_line, url;
};

PublishedDate ChoosePublished(const DateEvidence& e) {
  const std::pair<const std::string*, std::pair<DateSource, double>> kOrder[] = {
      {&e.metadata, {DateSource::kMetadata, 1.0}},
      {&e.metadata_line, {DateSource::kMetadataLine, 0.95}},
      {&e.dateline, {DateSource::kDateline, 0.9}},
      {&e.text_line, {DateSource::kTextLine, 0.8}},
      {&e.url, {DateSource::kUrl, 0.7}}};
  for (const auto& [value, how] : kOrder) {
    if (!value->empty()) return {*value, how.first, how.second};
  }
  return {};
}

void AddCredit(const std::string& name, std::vector<std::string>* credits) {
  if (!name.empty() && std::find(credits->begin(), credits->end(), name) == credits->end()) {
    credits->push_back(name);
  }
}

// The first kept line (the lead), or "" when every line was removed.
std::string_view Lead(std::string_view raw, const std::vector<TextLine>& lines) {
  for (const TextLine& line : lines) {
    if (line.removed == nullptr) return line.span.In(raw);
  }
  return {};
}

// Copies runs of kept lines (one block, nothing removed between) into text.
void Assemble(const std::vector<TextLine>& lines, Article* a) {
  a->text.reserve(a->raw.size());
  bool open = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    if (line.removed != nullptr) {
      if (!line.span.empty()) a->removed.push_back({line.span, line.removed});
      open = false;
      continue;
    }
    if (open && lines[i - 1].block == line.block) {
      Paragraph& p = a->paragraphs.back();
      a->text.append(a->raw, p.raw_begin + p.text.size(), line.span.end - (p.raw_begin + p.text.size()));
      p.text.end = static_cast<uint32_t>(a->text.size());
      continue;
    }
    if (!a->text.empty()) a->text.append("\n\n");
    uint32_t begin = static_cast<uint32_t>(a->text.size());
    a->text.append(line.span.In(a->raw));
    a->paragraphs.push_back({Span{begin, static_cast<uint32_t>(a->text.size())}, line.span.begin});
    open = true;
  }
  std::sort(a->removed.begin(), a->removed.end(),
            [](const RemovedLine& x, const RemovedLine& y) { return x.raw.begin < y.raw.begin; });
}

}  // namespace

Extractor::Extractor(ExtractOptions options)
    : options_(options), outlet_stats_(options.outlet_stats) {}

Article Extractor::Extract(const RawDocument& doc) {
  Article a;
  a.id = doc.id;
  a.source = doc.source;
  a.url = doc.url;
  a.raw = doc.text;
  std::vector<TextLine> lines = SplitLines(a.raw);

  DateEvidence dates;
  dates.metadata = ParseDateIso(doc.published);
  dates.metadata_line = CutMetadataLine(a.raw, &lines, &a.removed);
  a.title = TakeTitle(a.raw, doc.title, options_.title_max_words, options_.title_max_bytes, &lines);
  dates.text_line = TakeDateLine(a.raw, options_.date_line_window, &lines);
  Dateline dateline = ParseDateline(Lead(a.raw, lines));
  dates.dateline = dateline.date.Iso();
  dates.url = DateFromUrl(doc.url);

  std::string outlet = !doc.outlet.empty() ? doc.outlet : dateline.outlet;
  if (outlet.empty() && dateline.credits.size() == 1) outlet = dateline.credits[0];
  OutletLineStats* stats = options_.learn_outlet_furniture ? &outlet_stats_ : nullptr;
  FurnitureFindings found = MarkFurniture(a.raw, outlet, options_.furniture, stats, &lines);

  a.outlet = !outlet.empty() ? outlet : found.outlet_line;
  a.dateline = dateline.place;
  for (const std::string& c : dateline.credits) AddCredit(c, &a.credits);
  for (const std::string& c : found.credits) AddCredit(c, &a.credits);
  a.published = ChoosePublished(dates);

  Assemble(lines, &a);
  a.language = DetectLanguage(a.text);
  a.sentences = SplitSentences(a.text);
  a.content_hash = ContentHashOfLines(lines, a.text);
  return a;
}

}  // namespace storyline
