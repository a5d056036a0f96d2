// JSON Lines (and .json arrays) to RawDocuments, parsed with simdjson (DOM API, run-time SIMD dispatch).
//
// Fields (first present wins, names are case-sensitive):
//   id         "id", "guid"                       (string or number)
//   url        "url", "link"
//   outlet     "outlet", "source" (a string, or an object's "name"), "site_name",
//              "site", then "source_dir" (T17)
//   title      "title", "headline"
//   published  "published", "date", "time", "pubDate", "published_at", "datetime"
//              (as written; integers are kept as digits, e.g. Unix seconds)
//   text       "text", "body", "content"; else "html" (converted to text)
// A line that is not a JSON object, or has neither text nor html, is reported as
// "source:LINE: what" and skipped. Blank lines are ignored. A missing id becomes
// "<file stem>-<line>".
#ifndef STORYLINE_INGEST_JSONL_READER_H_
#define STORYLINE_INGEST_JSONL_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/reader.h"

namespace storyline {

class BufferedInput;

// The padding a BufferedInput needs for ReadJsonLines (simdjson's).
inline constexpr size_t kJsonLinesPadding = 64;

// One object per line. Returns the number of documents passed to `sink`.
size_t ReadJsonLines(std::string_view data, const std::string& source, const DocumentSink& sink,
                     const ErrorSink& on_error);
// The same, streamed from `in` (whose padding must be at least
// kJsonLinesPadding): memory holds one record at a time, never the file. A
// line longer than `max_record_bytes` is reported ("source:LINE: record longer
// than N bytes") and skipped; a read error is reported and ends the file.
size_t ReadJsonLines(BufferedInput* in, const std::string& source, size_t max_record_bytes,
                     const DocumentSink& sink, const ErrorSink& on_error);

// A .json file: an array of objects, one object, or JSON Lines.
size_t ReadJsonFile(std::string_view data, const std::string& source, const DocumentSink& sink,
                    const ErrorSink& on_error);

// The file name without folders and extension ("a/b/000_x.txt" -> "000_x").
std::string FileStem(std::string_view path);

}  // namespace storyline

#endif  // STORYLINE_INGEST_JSONL_READER_H_
