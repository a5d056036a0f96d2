#include "timeline/lead_in.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace storyline {
namespace {

// Datelines sit near the start; timestamps may follow a long headline.
constexpr size_t kDatelineReach = 80;
constexpr size_t kTimestampReach = 240;

size_t SkipSpaces(std::string_view s, size_t at) {
  while (at < s.size() && std::isspace(static_cast<unsigned char>(s[at]))) ++at;
  return at;
}

// End of the last `marker` starting within `reach` bytes, or 0.
size_t AfterLast(std::string_view s, std::string_view marker, size_t reach) {
  size_t at = s.rfind(marker, reach);
  return at == std::string_view::npos ? 0 : at + marker.size();
}

// After "GMT": an optional " , Tuesday , 8 November 2011" (BBC pages).
size_t SkipDayAndDate(std::string_view s, size_t at) {
  size_t p = SkipSpaces(s, at);
  if (p >= s.size() || s[p] != ',') return at;
  p = SkipSpaces(s, p + 1);
  while (p < s.size() && std::isalpha(static_cast<unsigned char>(s[p]))) ++p;  // weekday
  p = SkipSpaces(s, p);
  if (p >= s.size() || s[p] != ',') return at;
  p = SkipSpaces(s, p + 1);
  for (int field = 0; field < 3; ++field) {  // day, month, year
    size_t start = p;
    while (p < s.size() && std::isalnum(static_cast<unsigned char>(s[p]))) ++p;
    if (p == start) return at;
    p = SkipSpaces(s, p);
  }
  return p;
}

// True when every word of `s` starts with an upper-case letter or a digit
// (commas allowed): "Cairo , Egypt", "CNN", "Reuters".
bool AllCapitalized(std::string_view s) {
  bool any = false, word_start = true;
  for (char c : s) {
    if (c == ' ' || c == ',') { word_start = true; continue; }
    if (word_start && !std::isupper(static_cast<unsigned char>(c)) &&
        !std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
    word_start = false;
    any = true;
  }
  return any;
}

// End of a wire dateline "PLACE (AGENCY) - " within the reach, or 0: the
// place and the agency must be capitalized words.
size_t DatelineEnd(std::string_view s) {
  struct Form { std::string_view open, close; };
  static constexpr std::array<Form, 2> kForms = {Form{"-LRB- ", " -RRB- "}, Form{"(", ") "}};
  for (const Form& f : kForms) {
    size_t open = s.find(f.open);
    if (open == std::string_view::npos || open > kDatelineReach) continue;
    size_t close = s.find(f.close, open);
    if (close == std::string_view::npos || close > kDatelineReach) continue;
    size_t dash = SkipSpaces(s, close + f.close.size());
    if (dash >= s.size() || s[dash] != '-') continue;
    while (dash < s.size() && s[dash] == '-') ++dash;
    std::string_view place = s.substr(0, open), agency = s.substr(open + f.open.size(),
                                                                   close - open - f.open.size());
    if ((place.empty() || AllCapitalized(place)) && AllCapitalized(agency)) return dash;
  }
  return 0;
}

}  // namespace

size_t LeadInLength(std::string_view s) {
  size_t cut = 0;
  if (size_t gmt = AfterLast(s, " GMT ", kTimestampReach)) cut = SkipDayAndDate(s, gmt - 1);
  cut = std::max(cut, DatelineEnd(s));
  cut = SkipSpaces(s, cut);
  return cut < s.size() ? cut : 0;
}

}  // namespace storyline
