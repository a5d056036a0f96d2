// Small parsing and binary helpers shared by the NER readers and model files.
#ifndef STORYLINE_ENTITIES_NER_IO_H_
#define STORYLINE_ENTITIES_NER_IO_H_

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"

namespace storyline {

// Calls `fn(line, line_no)` (1-based, trailing CR removed) for each line of
// `content`; stops at, and returns, the first non-OK Status `fn` returns.
template <typename Fn>
Status ForEachLine(std::string_view content, Fn&& fn) {
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    Status status = fn(line, ++line_no);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

// Tab-separated fields (empty fields kept).
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.find('\t', start);
    if (end == std::string_view::npos) end = line.size();
    cols.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return cols;
}

// Appends the bytes of a trivially copyable value (host order: little-endian on our targets).
template <typename T>
void PutPod(std::string* out, const T& value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(T));
}

// Reads a value written by PutPod and advances `data`; false when too short.
template <typename T>
bool GetPod(std::string_view* data, T* value) {
  if (data->size() < sizeof(T)) return false;
  std::memcpy(value, data->data(), sizeof(T));
  data->remove_prefix(sizeof(T));
  return true;
}

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_IO_H_
