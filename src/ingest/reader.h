// Ingest: turns files, folders, buffers and standard input into RawDocuments.
//
// Formats (chosen by extension, else by sniffing the first bytes):
//   .txt                      one document per file; id = file name without extension
//   .jsonl .ndjson .json      one JSON object per line (a .json file may also hold one
//                             object or an array of objects); see jsonl_reader.h for fields
//   .html .htm                one page per file; see html_reader.h
//   .xml .rss .atom           RSS 2.0 / Atom feeds, one document per item or entry
//   .warc .warc.gz            WARC response records that hold HTML
//   .gz                       any of the above, gzip-compressed (format sniffed inside)
//
// Memory: JSON Lines and WARC (plain or gzip) are streamed a record at a time, so a file
// or standard input of any size is read in memory bounded by IngestOptions::max_record_bytes;
// the other formats (one page, one feed, a .json array) are read whole.
//
// Error contract: a bad record (a JSON line that does not parse, a feed item without text)
// is reported through `on_error` as "path:line: what" and reading goes on with the next
// record; a file that cannot be read is reported as "path: what" and the next file is read.
// ReadDocuments/ReadBuffer return non-OK only when nothing could be read at all: at least
// one error was reported and not a single document reached `sink`. Documents reach `sink`
// in input order (paths in the order given, folders recursively in sorted path order).
// Inside folders only files with one of the extensions above are read (hidden files
// and others, such as README.md, are skipped silently); a file named explicitly is
// always read, its format sniffed when the extension says nothing.
//
// Thread-safety: the functions keep no state; callbacks run on the calling thread.
#ifndef STORYLINE_INGEST_READER_H_
#define STORYLINE_INGEST_READER_H_

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "common/env.h"
#include "storyline/article.h"
#include "storyline/status.h"

namespace storyline {

struct IngestOptions {
  // JSON Lines and WARC files (also .gz) are streamed: memory holds one record at a time,
  // whatever the file's size. A record (a JSON line, a WARC block) longer than this is
  // reported with its line or record number and skipped. Default 64 MiB.
  size_t max_record_bytes = 64u << 20;
  // The other formats hold one document or one feed and are read whole: a file (after
  // decompression) larger than this is rejected with an error naming it. Default 256 MiB.
  size_t max_file_bytes = 256u << 20;
  // Bytes read from a file at a time. Default 1 MiB.
  size_t chunk_bytes = 1u << 20;
  // Read for the path "-"; nullptr means std::cin. Its content is sniffed for its format.
  std::istream* standard_input = nullptr;
};

using DocumentSink = std::function<void(RawDocument&&)>;
using ErrorSink = std::function<void(const Status&)>;

Status ReadDocuments(const std::vector<std::string>& paths, const FileSystem& fs,
                     const IngestOptions& options, const DocumentSink& sink,
                     const ErrorSink& on_error);

// The same over an in-memory buffer. `source` names it in errors and in
// RawDocument::source; `format` is one of RawDocument::format's values ("txt", "jsonl",
// "html", "rss", "atom", "warc"; "feed" = RSS or Atom; "" = sniff).
Status ReadBuffer(std::string_view data, const std::string& source, const std::string& format,
                  const DocumentSink& sink, const ErrorSink& on_error);

// The format that ReadBuffer would use for `path` holding `data` ("" = unknown).
std::string DetectFormat(std::string_view path, std::string_view data);

}  // namespace storyline

#endif  // STORYLINE_INGEST_READER_H_
