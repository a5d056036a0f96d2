// Gzip decompression (zlib) for .warc.gz files and gzip-encoded HTTP bodies.
#ifndef STORYLINE_INGEST_GZIP_H_
#define STORYLINE_INGEST_GZIP_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "storyline/status.h"

namespace storyline {

// Inflates every gzip member of `data` in turn (a .warc.gz is one member per
// record). Fails on corrupt data or when the output would exceed `max_bytes`.
Result<std::string> Gunzip(std::string_view data, size_t max_bytes);

}  // namespace storyline

#endif  // STORYLINE_INGEST_GZIP_H_
