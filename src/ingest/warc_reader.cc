#include "ingest/warc_reader.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "common/utf8.h"
#include "ingest/ascii.h"
#include "ingest/byte_stream.h"
#include "ingest/gzip.h"
#include "ingest/html_reader.h"

namespace storyline {
namespace {

using Headers = std::map<std::string, std::string>;  // lower-case name -> value

// Parses "Name: value" lines from `*pos` up to and including the blank line.
// Accepts CRLF or LF line ends. Returns false when no blank line ends the block.
bool ParseHeaders(std::string_view data, size_t* pos, std::string* first_line, Headers* headers) {
  bool first = true;
  while (*pos < data.size()) {
    size_t end = data.find('\n', *pos);
    if (end == std::string_view::npos) return false;
    std::string_view line = data.substr(*pos, end - *pos);
    if (line.ends_with('\r')) line.remove_suffix(1);
    *pos = end + 1;
    if (line.empty()) return !first;
    if (first) {
      *first_line = std::string(line);
      first = false;
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    (*headers)[AsciiLower(TrimSpace(line.substr(0, colon)))] = std::string(TrimSpace(line.substr(colon + 1)));
  }
  return false;
}

std::string Header(const Headers& headers, const std::string& name) {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

// Decodes a chunked HTTP body; returns what could be decoded.
std::string Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) break;
    size_t size = 0;
    std::string_view line = TrimSpace(body.substr(pos, end - pos));
    auto [ptr, ec] = std::from_chars(line.data(), line.data() + line.size(), size, 16);
    if (ec != std::errc() || size == 0 || end + 1 + size > body.size()) break;
    out.append(body.substr(end + 1, size));
    pos = end + 1 + size;
    while (pos < body.size() && (body[pos] == '\r' || body[pos] == '\n')) ++pos;
  }
  return out;
}

// The HTML page of one response record's block, or an error.
Result<RawDocument> PageFromResponse(std::string_view block) {
  size_t pos = 0;
  std::string status_line;
  Headers http;
  if (!ParseHeaders(block, &pos, &status_line, &http)) {
    return Status::InvalidInput("HTTP headers are not terminated");
  }
  std::string type = AsciiLower(Header(http, "content-type"));
  if (!type.empty() && type.find("html") == std::string::npos) return RawDocument{};  // not a page
  std::string body(block.substr(pos));
  if (AsciiLower(Header(http, "transfer-encoding")).find("chunked") != std::string::npos) body = Dechunk(body);
  if (AsciiLower(Header(http, "content-encoding")).find("gzip") != std::string::npos) {
    Result<std::string> inflated = Gunzip(body, 64u << 20);
    if (!inflated.ok()) return inflated.status();
    body = std::move(*inflated);
  }
  Result<HtmlPage> page = ParseHtmlPage(body);
  if (!page.ok()) return page.status();
  RawDocument doc;
  doc.url = std::move(page->url);
  doc.outlet = std::move(page->outlet);
  doc.title = std::move(page->title);
  doc.published = std::move(page->published);
  doc.text = std::move(page->text);
  return doc;
}

}  // namespace

size_t ReadWarc(std::string_view data, const std::string& source, const DocumentSink& sink,
                const ErrorSink& on_error) {
  StringViewFile file(data);
  BufferedInput in(&file);
  return ReadWarc(&in, source, data.size() + 1, sink, on_error);
}

namespace {

// A WARC header block is a few hundred bytes; one this long is not a header.
constexpr size_t kMaxHeaderBytes = size_t{1} << 20;

// Skips the CR/LF between records; false at the end of the file.
bool SkipBlankLines(BufferedInput* in) {
  while (true) {
    in->Fill(1);
    std::string_view window = in->available();
    size_t skip = 0;
    while (skip < window.size() && (window[skip] == '\r' || window[skip] == '\n')) ++skip;
    in->Consume(skip);
    if (skip < window.size()) return true;
    if (in->at_end()) return false;
  }
}

// Parses the WARC header block at the front of `in`, reading more as needed;
// `*header_bytes` = its length. False when no header block ends there.
bool ReadWarcHeaders(BufferedInput* in, std::string* version, Headers* headers, size_t* header_bytes) {
  while (true) {
    size_t pos = 0;
    headers->clear();
    if (ParseHeaders(in->available(), &pos, version, headers)) {
      *header_bytes = pos;
      return version->starts_with("WARC/");
    }
    if (in->at_end() || in->available().size() > kMaxHeaderBytes) return false;
    in->FillMore();
  }
}

// Consumes `bytes` bytes of `in`, reading through them a chunk at a time.
void Skip(BufferedInput* in, size_t bytes) {
  while (bytes > 0) {
    if (in->available().empty()) {
      if (in->at_end()) return;
      in->FillMore();
    }
    size_t n = std::min(bytes, in->available().size());
    in->Consume(n);
    bytes -= n;
  }
}

// Emits the document of one record's block, if it is an HTML response.
void EmitRecord(const Headers& warc, std::string_view block, const std::string& source, uint64_t record,
                const std::string& where, const DocumentSink& sink, const ErrorSink& on_error, size_t* count) {
  if (Header(warc, "warc-type") != "response") return;
  Result<RawDocument> doc = PageFromResponse(block);
  if (!doc.ok()) {
    on_error(doc.status().WithContext(where));
    return;
  }
  if (doc->text.empty()) return;  // not HTML, or a page without text
  doc->source = source;
  doc->record = record;
  doc->id = Header(warc, "warc-record-id");
  if (doc->url.empty()) doc->url = Header(warc, "warc-target-uri");
  if (doc->published.empty()) doc->published = Header(warc, "warc-date");
  doc->format = "warc";
  sink(std::move(*doc));
  ++*count;
}

// Reads one record from the front of `in`; false when reading must stop.
bool ReadRecord(BufferedInput* in, const std::string& source, uint64_t record, size_t max_record_bytes,
                        const DocumentSink& sink, const ErrorSink& on_error, size_t* count) {
  std::string where = source + ": record " + std::to_string(record);
  std::string version;
  Headers warc;
  size_t header_bytes = 0;
  if (!ReadWarcHeaders(in, &version, &warc, &header_bytes)) {
    on_error(Status::InvalidInput(where + ": not a WARC record header"));
    return false;
  }
  size_t length = 0;
  std::string length_text = Header(warc, "content-length");
  auto [ptr, ec] = std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
  if (ec != std::errc()) {
    on_error(Status::InvalidInput(where + ": bad Content-Length"));
    return false;
  }
  in->Consume(header_bytes);
  if (length > max_record_bytes) {
    // The length is known: skip the block and go on with the next record.
    on_error(Status::InvalidInput(where + ": block of " + std::to_string(length) + " bytes exceeds " +
                                  std::to_string(max_record_bytes)));
    Skip(in, length);
    return true;
  }
  in->Fill(length);
  if (in->available().size() < length) {
    on_error(Status::InvalidInput(where + ": truncated block (Content-Length " + length_text + ")"));
    return false;
  }
  EmitRecord(warc, in->available().substr(0, length), source, record, where, sink, on_error, count);
  in->Consume(length);
  return true;
}

}  // namespace

size_t ReadWarc(BufferedInput* in, const std::string& source, size_t max_record_bytes, const DocumentSink& sink,
                const ErrorSink& on_error) {
  size_t count = 0;
  for (uint64_t record = 1; SkipBlankLines(in); ++record) {
    if (!ReadRecord(in, source, record, max_record_bytes, sink, on_error, &count)) break;
  }
  if (!in->status().ok()) on_error(in->status());
  return count;
}

}  // namespace storyline
