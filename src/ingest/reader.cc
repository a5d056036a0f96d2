#include "ingest/reader.h"

#include <algorithm>
#include <iostream>

#include "common/utf8.h"
#include "ingest/ascii.h"
#include "ingest/byte_stream.h"
#include "ingest/feed_reader.h"
#include "ingest/gzip.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/warc_reader.h"

namespace storyline {
namespace {

std::string FormatFromExtension(std::string_view path) {
  std::string lower = AsciiLower(path.substr(path.find_last_of('/') == std::string_view::npos
                                                 ? 0 : path.find_last_of('/') + 1));
  struct Rule { const char* suffix; const char* format; };
  static const Rule kRules[] = {
      {".warc.gz", "warc.gz"}, {".warc", "warc"},  {".jsonl", "jsonl"}, {".ndjson", "jsonl"},
      {".json", "json"},       {".html", "html"},  {".htm", "html"},    {".xhtml", "html"},
      {".rss", "feed"},        {".atom", "feed"},  {".xml", "feed"},    {".txt", "txt"},
      {".gz", "gz"}};
  for (const Rule& rule : kRules) {
    if (lower.ends_with(rule.suffix)) return rule.format;
  }
  return {};
}

std::string FormatFromContent(std::string_view data) {
  if (data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
      static_cast<unsigned char>(data[1]) == 0x8b) {
    return "gz";
  }
  if (data.starts_with("\xEF\xBB\xBF")) data.remove_prefix(3);
  std::string_view head = TrimSpace(data.substr(0, 2048));
  if (head.starts_with("WARC/")) return "warc";
  if (head.starts_with('{')) return "jsonl";
  if (head.starts_with('[')) return "json";
  std::string lower = AsciiLower(head);
  if (lower.find("<rss") != std::string::npos || lower.find("<feed") != std::string::npos ||
      lower.find("<rdf:rdf") != std::string::npos || lower.starts_with("<?xml")) {
    return "feed";
  }
  if (lower.starts_with("<!doctype html") || lower.starts_with("<html") ||
      (lower.starts_with("<") && lower.find("<body") != std::string::npos)) {
    return "html";
  }
  return "txt";
}

// Counts what reaches the callbacks, to implement the "nothing read at all" contract.
struct Tally {
  size_t documents = 0;
  size_t errors = 0;
  Status first_error;
};

size_t ReadText(std::string_view data, const std::string& source, const DocumentSink& sink,
                const ErrorSink& on_error) {
  if (TrimSpace(data).empty()) {
    on_error(Status::InvalidInput(source + ": empty file"));
    return 0;
  }
  RawDocument doc;
  doc.source = source;
  doc.id = source == "-" ? "stdin" : FileStem(source);
  doc.text = std::string(data);
  doc.format = "txt";
  sink(std::move(doc));
  return 1;
}

size_t ReadHtml(std::string_view data, const std::string& source, const DocumentSink& sink,
                const ErrorSink& on_error) {
  Result<HtmlPage> page = ParseHtmlPage(data);
  if (!page.ok() || TrimSpace(page->text).empty()) {
    on_error(page.ok() ? Status::InvalidInput(source + ": HTML page without text")
                       : page.status().WithContext(source));
    return 0;
  }
  RawDocument doc;
  doc.source = source;
  doc.id = source == "-" ? "stdin" : FileStem(source);
  doc.url = std::move(page->url);
  doc.outlet = std::move(page->outlet);
  doc.title = std::move(page->title);
  doc.published = std::move(page->published);
  doc.text = std::move(page->text);
  doc.format = "html";
  sink(std::move(doc));
  return 1;
}

// Reads one whole file in a format that is not streamed; returns the documents emitted.
size_t Dispatch(std::string_view data, const std::string& source, const std::string& format,
                const DocumentSink& sink, const ErrorSink& on_error) {
  if (format == "json") return ReadJsonFile(data, source, sink, on_error);
  if (format == "html") return ReadHtml(data, source, sink, on_error);
  if (format == "feed" || format == "rss" || format == "atom") return ReadFeed(data, source, sink, on_error);
  if (format == "txt") return ReadText(data, source, sink, on_error);
  on_error(Status::Unsupported(source + ": unknown format \"" + format + "\""));
  return 0;
}

// Reads the rest of `in` into memory, for the formats read whole (a page, a
// feed, a .json array); fails beyond `max_bytes`.
Result<std::string> ReadWhole(BufferedInput* in, const std::string& source, size_t max_bytes) {
  std::string data;
  while (true) {
    in->FillMore();
    STORYLINE_RETURN_IF_ERROR(in->status());
    if (in->available().size() > max_bytes - std::min(max_bytes, data.size())) {
      return Status::InvalidInput(source + ": more than " + std::to_string(max_bytes) +
                                  " bytes (max_file_bytes)");
    }
    data.append(in->available());
    in->Consume(in->available().size());
    if (in->at_end()) return data;
  }
}

// Reads one file or stream in a known (or sniffed) format. JSON Lines and WARC
// (also gzip-compressed) are streamed a record at a time; other formats hold
// one document or one feed and are read whole, up to max_file_bytes.
void ReadStream(SequentialFile* file, const std::string& source, std::string format, const IngestOptions& options,
                const DocumentSink& sink, const ErrorSink& on_error) {
  BufferedInput in(file, options.chunk_bytes, kJsonLinesPadding);
  in.Fill(2048);
  if (format.empty()) format = FormatFromContent(in.available());
  if (format == "gz" || format == "warc.gz") {
    std::unique_ptr<SequentialFile> inflated = NewGunzipFile(&in, source);
    ReadStream(inflated.get(), source, format == "warc.gz" ? "warc" : "", options, sink, on_error);
    return;
  }
  if (format == "jsonl") {
    ReadJsonLines(&in, source, options.max_record_bytes, sink, on_error);
    return;
  }
  if (format == "warc") {
    ReadWarc(&in, source, options.max_record_bytes, sink, on_error);
    return;
  }
  Result<std::string> data = ReadWhole(&in, source, options.max_file_bytes);
  if (!data.ok()) {
    on_error(data.status());
    return;
  }
  Dispatch(*data, source, format, sink, on_error);
}

void ReadOnePath(const std::string& path, const FileSystem& fs, const IngestOptions& options,
                 const DocumentSink& sink, const ErrorSink& on_error) {
  if (path == "-") {
    IstreamFile in(options.standard_input != nullptr ? options.standard_input : &std::cin, "-");
    ReadStream(&in, path, "", options, sink, on_error);
    return;
  }
  Result<std::unique_ptr<SequentialFile>> file = fs.OpenSequential(path);
  if (!file.ok()) {
    on_error(file.status());
    return;
  }
  ReadStream(file->get(), path, FormatFromExtension(path), options, sink, on_error);
}

// Inside a folder only files with a known extension are read, so that a README or
// an EXPECTED.md beside the articles is not taken for one; hidden files are skipped.
bool IsReadableInFolder(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1);
  return !name.starts_with('.') && !FormatFromExtension(path).empty();
}

}  // namespace

std::string DetectFormat(std::string_view path, std::string_view data) {
  std::string format = FormatFromExtension(path);
  return format.empty() ? FormatFromContent(data) : format;
}

Status ReadBuffer(std::string_view data, const std::string& source, const std::string& format,
                  const DocumentSink& sink, const ErrorSink& on_error) {
  Tally tally;
  auto count_error = [&](const Status& s) {
    if (tally.errors++ == 0) tally.first_error = s;
    on_error(s);
  };
  StringViewFile file(data);
  IngestOptions options;
  options.max_file_bytes = options.max_record_bytes = std::max(data.size(), options.max_file_bytes);
  ReadStream(&file, source, format, options, [&](RawDocument&& doc) {
    ++tally.documents;
    sink(std::move(doc));
  }, count_error);
  return tally.documents == 0 && tally.errors > 0 ? tally.first_error : Status::Ok();
}

Status ReadDocuments(const std::vector<std::string>& paths, const FileSystem& fs,
                     const IngestOptions& options, const DocumentSink& sink,
                     const ErrorSink& on_error) {
  Tally tally;
  auto count_error = [&](const Status& s) {
    if (tally.errors++ == 0) tally.first_error = s;
    on_error(s);
  };
  auto count_doc = [&](RawDocument&& doc) {
    ++tally.documents;
    sink(std::move(doc));
  };
  for (const std::string& path : paths) {
    if (path != "-" && fs.IsDirectory(path)) {
      Result<std::vector<std::string>> files = fs.ListFiles(path);
      if (!files.ok()) {
        count_error(files.status());
        continue;
      }
      for (const std::string& file : *files) {
        if (IsReadableInFolder(file)) ReadOnePath(file, fs, options, count_doc, count_error);
      }
    } else {
      ReadOnePath(path, fs, options, count_doc, count_error);
    }
  }
  return tally.documents == 0 && tally.errors > 0 ? tally.first_error : Status::Ok();
}

}  // namespace storyline
