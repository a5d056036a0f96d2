#include "extract/extractor.h"

#include <algorithm>

#include "common/hash.h"
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

// Steps 1-5 of extractor.h, shared by Extract and Observe.
struct Extractor::Prepared {
  std::vector<TextLine> lines;
  std::vector<RemovedLine> removed;
  DateEvidence dates;
  std::string title;
  Dateline dateline;
  std::string outlet;  // as known before furniture: metadata, else the dateline
};

Extractor::Prepared Extractor::Prepare(const RawDocument& doc, std::string_view raw) const {
  Prepared p;
  p.lines = SplitLines(raw);
  p.dates.metadata = ParseDateIso(doc.published);
  p.dates.metadata_line = CutMetadataLine(raw, &p.lines, &p.removed);
  p.dates.text_line = TakeDateLine(raw, options_.date_line_window, &p.lines);
  p.title = TakeTitle(raw, doc.title, options_.title_max_words, options_.title_max_bytes, &p.lines);
  p.dateline = ParseDateline(Lead(raw, p.lines));
  p.dates.dateline = p.dateline.date.Iso();
  p.dates.url = DateFromUrl(doc.url);
  p.outlet = !doc.outlet.empty() ? doc.outlet : p.dateline.outlet;
  if (p.outlet.empty() && p.dateline.credits.size() == 1) p.outlet = p.dateline.credits[0];
  return p;
}

Extractor::Extractor(ExtractOptions options)
    : options_(options), outlet_stats_(options.outlet_stats) {}

void Extractor::Observe(const RawDocument& doc) {
  if (!options_.learn_outlet_furniture) return;
  Prepared p = Prepare(doc, doc.text);
  if (p.outlet.empty()) return;
  outlet_stats_.AddArticle(p.outlet, LineHashes(doc.text, p.lines));
  ++observed_[Hash64(doc.text)];
}

// Whether `raw` was counted by Observe (and is now taken off that list).
bool Extractor::TakeObserved(std::string_view raw) {
  if (observed_.empty()) return false;
  auto it = observed_.find(Hash64(raw));
  if (it == observed_.end()) return false;
  if (--it->second == 0) observed_.erase(it);
  return true;
}

Article Extractor::Extract(const RawDocument& doc) { return Build(doc, doc.text); }

Article Extractor::Extract(RawDocument&& doc) {
  std::string raw = std::move(doc.text);
  return Build(doc, std::move(raw));
}

Article Extractor::Build(const RawDocument& doc, std::string raw) {
  Article a;
  a.id = doc.id;
  a.source = doc.source;
  a.url = doc.url;
  a.raw = std::move(raw);
  Prepared p = Prepare(doc, a.raw);
  a.removed = std::move(p.removed);
  a.title = std::move(p.title);

  OutletContext context{p.outlet, options_.learn_outlet_furniture ? &outlet_stats_ : nullptr,
                        !TakeObserved(a.raw)};
  FurnitureFindings found = MarkFurniture(a.raw, context, options_.furniture, &p.lines);

  a.outlet = !p.outlet.empty() ? p.outlet : found.outlet_line;
  a.dateline = p.dateline.place;
  for (const std::string& c : p.dateline.credits) AddCredit(c, &a.credits);
  for (const std::string& c : found.credits) AddCredit(c, &a.credits);
  a.published = ChoosePublished(p.dates);

  Assemble(p.lines, &a);
  a.language = DetectLanguage(a.text);
  a.sentences = SplitSentences(a.text);
  a.content_hash = ContentHashOfLines(p.lines, a.text);
  return a;
}

}  // namespace storyline
