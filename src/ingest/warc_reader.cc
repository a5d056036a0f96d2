#include "ingest/warc_reader.h"

#include <charconv>
#include <map>

#include "common/utf8.h"
#include "ingest/ascii.h"
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
  size_t pos = 0, count = 0;
  for (uint64_t record = 1; pos < data.size(); ++record) {
    while (pos < data.size() && (data[pos] == '\r' || data[pos] == '\n')) ++pos;
    if (pos >= data.size()) break;
    std::string where = source + ": record " + std::to_string(record);
    std::string version;
    Headers warc;
    size_t length = 0;
    if (!ParseHeaders(data, &pos, &version, &warc) || !version.starts_with("WARC/")) {
      on_error(Status::InvalidInput(where + ": not a WARC record header"));
      return count;
    }
    std::string length_text = Header(warc, "content-length");
    auto [ptr, ec] = std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    if (ec != std::errc() || pos + length > data.size()) {
      on_error(Status::InvalidInput(where + ": bad or truncated Content-Length"));
      return count;
    }
    std::string_view block = data.substr(pos, length);
    pos += length;
    if (Header(warc, "warc-type") != "response") continue;
    Result<RawDocument> doc = PageFromResponse(block);
    if (!doc.ok()) {
      on_error(doc.status().WithContext(where));
      continue;
    }
    if (doc->text.empty()) continue;  // not HTML, or a page without text
    doc->source = source;
    doc->record = record;
    doc->id = Header(warc, "warc-record-id");
    if (doc->url.empty()) doc->url = Header(warc, "warc-target-uri");
    if (doc->published.empty()) doc->published = Header(warc, "warc-date");
    doc->format = "warc";
    sink(std::move(*doc));
    ++count;
  }
  return count;
}

}  // namespace storyline
