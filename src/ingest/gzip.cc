#include "ingest/gzip.h"

#include <zlib.h>

namespace storyline {

Result<std::string> Gunzip(std::string_view data, size_t max_bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return Status::Internal("zlib init failed");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[1 << 16];
  Status status;
  while (status.ok()) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof(buffer);
    int rc = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof(buffer) - stream.avail_out);
    if (out.size() > max_bytes) {
      status = Status::InvalidInput("decompressed size exceeds " + std::to_string(max_bytes) + " bytes");
    } else if (rc == Z_STREAM_END) {
      if (stream.avail_in == 0) break;
      inflateReset(&stream);  // next gzip member
    } else if (rc != Z_OK) {
      status = Status::Corruption(std::string("gzip data is corrupt: ") +
                                  (stream.msg != nullptr ? stream.msg : "inflate failed"));
    } else if (stream.avail_in == 0 && stream.avail_out != 0) {
      status = Status::Corruption("gzip data is truncated");
    }
  }
  inflateEnd(&stream);
  if (!status.ok()) return status;
  return out;
}

}  // namespace storyline
