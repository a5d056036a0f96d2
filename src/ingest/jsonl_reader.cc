#include "ingest/jsonl_reader.h"

#include <simdjson.h>

#include <array>
#include <utility>

#include "common/utf8.h"
#include "ingest/byte_stream.h"
#include "ingest/html_reader.h"

namespace storyline {

static_assert(kJsonLinesPadding >= simdjson::SIMDJSON_PADDING);

namespace {

enum Field { kId, kUrl, kOutlet, kTitle, kPublished, kText, kHtml, kFieldCount, kNone };
constexpr int kUnset = 1 << 30;

// Which field a key feeds and its rank among the key's synonyms (lower wins).
std::pair<Field, int> Classify(std::string_view key) {
  static const std::pair<std::string_view, std::pair<Field, int>> kKeys[] = {
      {"id", {kId, 0}},               {"guid", {kId, 1}},
      {"url", {kUrl, 0}},             {"link", {kUrl, 1}},
      {"outlet", {kOutlet, 0}},       {"source", {kOutlet, 1}},
      {"site_name", {kOutlet, 2}},    {"site", {kOutlet, 3}},
      {"source_dir", {kOutlet, 4}},   {"title", {kTitle, 0}},
      {"headline", {kTitle, 1}},      {"published", {kPublished, 0}},
      {"date", {kPublished, 1}},      {"time", {kPublished, 2}},
      {"pubDate", {kPublished, 3}},   {"published_at", {kPublished, 4}},
      {"datetime", {kPublished, 5}},  {"text", {kText, 0}},
      {"body", {kText, 1}},           {"content", {kText, 2}},
      {"html", {kHtml, 0}}};
  for (const auto& [name, field] : kKeys) {
    if (name == key) return field;
  }
  return {kNone, 0};
}

// The value as text: strings as decoded, integers in decimal, an object's "name"
// (NewsAPI's "source": {"id": ..., "name": "BBC News"}); false for other types.
bool ValueText(simdjson::dom::element value, std::string* out) {
  std::string_view s;
  if (value.get_string().get(s) == simdjson::SUCCESS) {
    out->assign(s);
    return true;
  }
  if (value.is_object() && value["name"].get_string().get(s) == simdjson::SUCCESS) {
    out->assign(s);
    return true;
  }
  int64_t i;
  if (value.get_int64().get(i) == simdjson::SUCCESS) {
    *out = std::to_string(i);
    return true;
  }
  return false;
}

// Fills `doc` from one JSON object; the returned Status names what is wrong.
Status FillFromObject(simdjson::dom::element element, RawDocument* doc) {
  simdjson::dom::object object;
  if (element.get_object().get(object) != simdjson::SUCCESS) {
    return Status::InvalidInput("not a JSON object");
  }
  std::array<std::string, kFieldCount> values;
  std::array<int, kFieldCount> rank;
  rank.fill(kUnset);
  for (auto [key, value] : object) {
    auto [which, r] = Classify(key);
    if (which == kNone || r >= rank[which]) continue;
    std::string text;
    if (ValueText(value, &text)) values[which] = std::move(text), rank[which] = r;
  }
  if (values[kText].empty() && !values[kHtml].empty()) values[kText] = HtmlFragmentToText(values[kHtml]);
  if (values[kText].empty()) {
    return Status::InvalidInput(rank[kText] != kUnset || rank[kHtml] != kUnset
                                    ? "empty \"text\""
                                    : "missing field \"text\" (or \"html\")");
  }
  if (!values[kId].empty()) doc->id = std::move(values[kId]);
  doc->url = std::move(values[kUrl]);
  doc->outlet = std::move(values[kOutlet]);
  doc->title = std::move(values[kTitle]);
  doc->published = std::move(values[kPublished]);
  doc->text = std::move(values[kText]);
  return Status::Ok();
}

RawDocument NewDocument(const std::string& source, uint64_t record) {
  RawDocument doc;
  doc.source = source;
  doc.record = record;
  doc.id = FileStem(source) + "-" + std::to_string(record);
  doc.format = "jsonl";
  return doc;
}

// Parses one record at [data, data + size). The DOM parser dispatches at run
// time to the best SIMD kernel (On-Demand would be fixed at compile time to
// the portable fallback, since the build sets no -march). It may read
// SIMDJSON_PADDING bytes past the record, which the caller keeps allocated.
Status ParseRecord(simdjson::dom::parser& parser, const char* data, size_t size, RawDocument* doc) {
  simdjson::dom::element element;
  auto error = parser.parse(data, size, false).get(element);
  if (error != simdjson::SUCCESS) return Status::InvalidInput(simdjson::error_message(error));
  return FillFromObject(element, doc);
}

// Skips the rest of a line too long to hold.
void SkipRestOfLine(BufferedInput* in) {
  while (true) {
    std::string_view window = in->available();
    size_t newline = window.find('\n');
    if (newline != std::string_view::npos) {
      in->Consume(newline + 1);
      return;
    }
    in->Consume(window.size());
    if (in->at_end()) return;
    in->FillMore();
  }
}


// A top-level array: each element is one record (record = 1-based index).
size_t ReadArray(std::string_view data, const std::string& source,
                 const DocumentSink& sink, const ErrorSink& on_error) {
  simdjson::padded_string padded(data);
  simdjson::dom::parser parser;
  size_t count = 0;
  uint64_t index = 0;
  simdjson::dom::array array;
  if (parser.parse(padded).get_array().get(array) != simdjson::SUCCESS) {
    on_error(Status::InvalidInput(source + ": not a JSON array"));
    return 0;
  }
  for (simdjson::dom::element element : array) {
    ++index;
    RawDocument doc = NewDocument(source, index);
    Status status = FillFromObject(element, &doc);
    if (!status.ok()) {
      on_error(status.WithContext(source + ": record " + std::to_string(index)));
      continue;
    }
    sink(std::move(doc));
    ++count;
  }
  return count;
}

}  // namespace

size_t ReadJsonLines(BufferedInput* in, const std::string& source, size_t max_record_bytes,
                     const DocumentSink& sink, const ErrorSink& on_error) {
  simdjson::dom::parser parser;
  size_t count = 0;
  uint64_t line = 0;
  size_t searched = 0;  // bytes of the window known to hold no newline
  in->FillMore();
  while (true) {
    std::string_view window = in->available();
    size_t newline = window.find('\n', searched);
    if (newline == std::string_view::npos && !in->at_end()) {
      searched = window.size();
      if (window.size() > max_record_bytes) {
        on_error(Status::InvalidInput(source + ":" + std::to_string(++line) + ": record longer than " +
                                      std::to_string(max_record_bytes) + " bytes"));
        SkipRestOfLine(in);
        searched = 0;
      } else {
        in->FillMore();
      }
      continue;
    }
    if (window.empty()) break;
    size_t end = newline == std::string_view::npos ? window.size() : newline;
    ++line;
    std::string_view text = TrimSpace(window.substr(0, end));
    if (!text.empty()) {
      RawDocument doc = NewDocument(source, line);
      Status parsed = ParseRecord(parser, text.data(), text.size(), &doc);
      if (parsed.ok()) {
        sink(std::move(doc));
        ++count;
      } else {
        on_error(parsed.WithContext(source + ":" + std::to_string(line)));
      }
    }
    in->Consume(end + 1);
    searched = 0;
  }
  if (!in->status().ok()) on_error(in->status());
  return count;
}

std::string FileStem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  size_t dot = path.find('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return std::string(path);
}

size_t ReadJsonLines(std::string_view data, const std::string& source, const DocumentSink& sink,
                     const ErrorSink& on_error) {
  StringViewFile file(data);
  BufferedInput in(&file, /*chunk_bytes=*/size_t{1} << 20, kJsonLinesPadding);
  return ReadJsonLines(&in, source, data.size() + 1, sink, on_error);
}

size_t ReadJsonFile(std::string_view data, const std::string& source, const DocumentSink& sink,
                    const ErrorSink& on_error) {
  std::string_view trimmed = TrimSpace(data);
  if (trimmed.starts_with('[')) return ReadArray(data, source, sink, on_error);
  size_t first_newline = trimmed.find('\n');
  std::string_view first_line = TrimSpace(trimmed.substr(0, first_newline));
  bool one_per_line = first_newline == std::string_view::npos || first_line.ends_with('}');
  if (one_per_line) return ReadJsonLines(data, source, sink, on_error);
  // One pretty-printed object: parse the whole file as record 1.
  simdjson::padded_string padded(data);
  simdjson::dom::parser parser;
  RawDocument doc = NewDocument(source, 1);
  Status status = ParseRecord(parser, padded.data(), padded.size(), &doc);
  if (!status.ok()) {
    on_error(status.WithContext(source));
    return 0;
  }
  sink(std::move(doc));
  return 1;
}

}  // namespace storyline
