// WARC files to RawDocuments: each "response" record whose HTTP payload is HTML
// becomes one document (see html_reader.h); other records are skipped silently.
//
// url = WARC-Target-URI unless the page names a canonical URL; published = the
// page's metadata, else WARC-Date (the crawl time: an upper bound on the
// publication time, used only when the page states none); id = WARC-Record-ID.
// Chunked and gzip-encoded HTTP bodies are decoded. A record with a bad header or
// a truncated block is reported as "source: record N: ..."; reading stops at a
// truncated block because record boundaries are lost after it.
#ifndef STORYLINE_INGEST_WARC_READER_H_
#define STORYLINE_INGEST_WARC_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/reader.h"

namespace storyline {

class BufferedInput;

// `data` is uncompressed WARC (inflate .warc.gz with Gunzip first).
size_t ReadWarc(std::string_view data, const std::string& source, const DocumentSink& sink,
                const ErrorSink& on_error);
// The same, streamed from `in` (uncompressed: wrap a .warc.gz in
// NewGunzipFile): memory holds one record at a time, never the file. A record
// whose block is longer than `max_record_bytes` is reported and skipped; a
// read error is reported and ends the file.
size_t ReadWarc(BufferedInput* in, const std::string& source, size_t max_record_bytes, const DocumentSink& sink,
                const ErrorSink& on_error);

}  // namespace storyline

#endif  // STORYLINE_INGEST_WARC_READER_H_
