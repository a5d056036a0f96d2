#include "dates/anchor.h"

#include <string>

namespace storyline::dates {
namespace {

bool ReadDigits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

Result<Anchor> ParseAnchor(std::string_view text) {
  Anchor anchor;
  if (text.empty()) return anchor;
  auto bad = [&] {
    return Status::InvalidInput("bad anchor date \"" + std::string(text) +
                                "\": expected YYYY-MM-DD, YYYY or nothing");
  };
  int year = 0, month = 0, day = 0;
  if (!ReadDigits(text, 0, 4, &year)) return bad();
  if (text.size() == 4) {
    anchor.has_year = true;
    anchor.date = {year, 0, 0};
    return anchor;
  }
  if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !ReadDigits(text, 5, 2, &month) ||
      !ReadDigits(text, 8, 2, &day) || !IsValidDate(year, month, day)) {
    return bad();
  }
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return bad();
  anchor.has_year = anchor.has_day = true;
  anchor.date = {year, month, day};
  return anchor;
}

}  // namespace storyline::dates
