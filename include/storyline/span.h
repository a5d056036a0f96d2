// Span: a half-open byte range [begin, end) into a text. Every entity, date,
// quotation and summary sentence carries one, so it can be shown in place.
#ifndef STORYLINE_SPAN_H_
#define STORYLINE_SPAN_H_

#include <cstdint>
#include <string_view>

namespace storyline {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace storyline

#endif  // STORYLINE_SPAN_H_
