// Gzip decompression (zlib) for .warc.gz files and gzip-encoded HTTP bodies.
#ifndef STORYLINE_INGEST_GZIP_H_
#define STORYLINE_INGEST_GZIP_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "common/env.h"
#include "storyline/status.h"

namespace storyline {

// Inflates every gzip member of `data` in turn (a .warc.gz is one member per
// record). Fails on corrupt data or when the output would exceed `max_bytes`.
Result<std::string> Gunzip(std::string_view data, size_t max_bytes);

// The same as a stream: reads gzip data (every member in turn) from
// `compressed` (not owned) and returns it inflated, a piece at a time, so a
// .warc.gz or .jsonl.gz of any size is read in bounded memory. `name` is used
// in errors ("name: gzip data is corrupt: ..."). Data that ends before or
// inside a member (an empty file too) is "gzip data is truncated".
std::unique_ptr<SequentialFile> NewGunzipFile(SequentialFile* compressed, std::string name);

}  // namespace storyline

#endif  // STORYLINE_INGEST_GZIP_H_
