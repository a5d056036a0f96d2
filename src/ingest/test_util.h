// Helpers for the ingest tests: what a reader emits, gzip input.
#ifndef STORYLINE_INGEST_TEST_UTIL_H_
#define STORYLINE_INGEST_TEST_UTIL_H_

#include <zlib.h>

#include <string>
#include <vector>

#include "ingest/reader.h"

namespace storyline {

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<std::string> errors;

  DocumentSink Sink() {
    return [this](RawDocument&& d) { docs.push_back(std::move(d)); };
  }
  ErrorSink Errors() {
    return [this](const Status& s) { errors.push_back(s.message()); };
  }
};

// `data` as one gzip member (zlib's deflate), for the readers of .gz input.
inline std::string Gzip(const std::string& data) {
  z_stream s{};
  deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(data.size()) + 64, '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = data.size();
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = out.size();
  deflate(&s, Z_FINISH);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

}  // namespace storyline

#endif  // STORYLINE_INGEST_TEST_UTIL_H_
