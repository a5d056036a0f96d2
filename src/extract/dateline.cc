#include "extract/dateline.h"

#include "common/utf8.h"

namespace storyline {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool IsTimeZone(std::string_view w) {
  static const char* kZones[] = {"GMT", "UTC", "EDT", "EST", "JST", "BST", "CET", "CEST", "PST",
                                 "PDT", "CST", "CDT", "MSK", "ET", "PT", "AM", "PM", "IST"};
  for (const char* z : kZones) {
    if (w == z) return true;
  }
  return false;
}

// One upper-case word of a place name ("MOSCOW", "ST.", "AL-ARISH"); 0 if none.
size_t PlaceWord(std::string_view s, size_t i) {
  size_t j = i, letters = 0;
  while (j < s.size() && (IsUpper(s[j]) || ((s[j] == '.' || s[j] == '-' || s[j] == '\'') && j > i))) {
    letters += IsUpper(s[j]);
    ++j;
  }
  bool ends_word = j == s.size() || s[j] == ' ' || s[j] == ',' || s[j] == '(';
  return letters >= 2 && ends_word ? j - i : 0;
}

// Reads up to four upper-case words at `i`; returns the end of the place or `i`.
size_t ReadPlace(std::string_view s, size_t i, std::string* place) {
  size_t end = i;
  for (size_t cur = i, words = 0; words < 4; ++words) {
    size_t n = PlaceWord(s, cur);
    if (n == 0 || IsTimeZone(s.substr(cur, n))) break;
    end = cur + n;
    if (end >= s.size() || s[end] != ' ') break;
    cur = end + 1;
  }
  *place = std::string(s.substr(i, end - i));
  while (!place->empty() && (place->back() == '.' || place->back() == '-')) place->pop_back();
  return place->size() >= 3 ? end : i;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// A dash or colon at `i` (" - ", " -- ", " — ", " – ", ":"); returns the end or `i`.
size_t Dash(std::string_view s, size_t i) {
  for (std::string_view d : {"--", "\u2014", "\u2013", "-", ":"}) {
    if (s.substr(i).starts_with(d)) return i + d.size();
  }
  return i;
}

std::vector<std::string> SplitNames(std::string_view names) {
  std::vector<std::string> out;
  while (!names.empty()) {
    size_t slash = names.find('/');
    std::string_view name = TrimSpace(names.substr(0, slash));
    while (!name.empty() && name.back() == '.') name.remove_suffix(1);
    if (!name.empty()) out.emplace_back(name);
    if (slash == std::string_view::npos) break;
    names.remove_prefix(slash + 1);
  }
  return out;
}

bool LooksLikeNames(const std::vector<std::string>& names) {
  if (names.empty()) return false;
  for (const std::string& n : names) {
    size_t words = 1;
    for (char c : n) words += c == ' ';
    if (!IsUpper(n[0]) || words > 5 || n.size() > 40) return false;
  }
  return true;
}

// "/TASS/" or "(A / B - date)" or "-LRB- Reuters -RRB-" at `i`; fills the credit
// part of `d` and returns the end, or `i` when there is none.
size_t ReadCredit(std::string_view s, size_t i, Dateline* d) {
  std::string_view rest = s.substr(i);
  if (rest.starts_with('/')) {
    size_t close = rest.find('/', 1);
    if (close == std::string_view::npos || close > 30) return i;
    std::vector<std::string> names = SplitNames(rest.substr(1, close - 1));
    if (!LooksLikeNames(names)) return i;
    d->credits = names;
    size_t end = i + close + 1;
    return end < s.size() && s[end] == '.' ? end + 1 : end;
  }
  bool ptb = rest.starts_with("-LRB-");
  if (!ptb && !rest.starts_with('(')) return i;
  size_t open = ptb ? 5 : 1;
  size_t close = rest.find(ptb ? "-RRB-" : ")", open);
  if (close == std::string_view::npos || close > 100) return i;
  std::string_view inside = rest.substr(open, close - open);
  size_t dash = inside.find(" - ");
  CalendarDate date;
  if (dash != std::string_view::npos) {
    size_t used = 0;
    date = ScanDate(inside.substr(dash + 3), &used);
    inside = inside.substr(0, dash);
  }
  std::vector<std::string> names = SplitNames(inside);
  if (!LooksLikeNames(names)) return i;
  size_t after = SkipSpaces(s, i + close + (ptb ? 5 : 1));
  size_t dash_end = Dash(s, after);
  if (dash_end == after && names.size() < 2 && !date.valid()) return i;
  if (names.size() >= 2) d->outlet = names.front(), names.erase(names.begin());
  d->credits = names;
  if (date.valid()) d->date = date;
  return dash_end;
}

// Tries a dateline that starts at `i`.
Dateline ParseAt(std::string_view s, size_t i) {
  Dateline d;
  size_t pos = ReadPlace(s, i, &d.place);
  if (pos == i) return {};
  size_t after_place = pos;
  size_t probe = pos < s.size() && s[pos] == ',' ? pos + 1 : pos;
  size_t used = 0;
  CalendarDate date = ScanDate(s.substr(probe), &used);
  if (date.valid()) {
    d.date = date;
    pos = probe + used;
    if (pos < s.size() && s[pos] == '.') ++pos;
  }
  pos = SkipSpaces(s, pos);
  size_t end = ReadCredit(s, pos, &d);
  if (end != pos) {
    d.end = end;
    return d;
  }
  // Place-only datelines ("WASHINGTON — ...") count only at the very start.
  size_t dash_at = SkipSpaces(s, after_place);
  size_t dash = Dash(s, dash_at);
  // ... and only before an ordinary sentence ("WASHINGTON -- In 1969", not "NAME - FIRST CASE").
  size_t next = SkipSpaces(s, dash);
  bool sentence = next + 1 < s.size() && IsUpper(s[next]) && s[next + 1] >= 'a' && s[next + 1] <= 'z';
  if (i == 0 && dash != dash_at && s[dash_at] != ':' && sentence && s.substr(after_place).starts_with(' ')) {
    d.end = dash;
    d.date = {};
    return d;
  }
  return {};
}

}  // namespace

Dateline ParseDateline(std::string_view lead) {
  std::string_view window = lead.substr(0, kDatelineWindow);
  for (size_t i = 0; i < window.size(); ++i) {
    if (!IsUpper(window[i]) || (i > 0 && window[i - 1] != ' ' && window[i - 1] != '|')) continue;
    Dateline d = ParseAt(lead, i);
    if (d.found()) return d;
  }
  return {};
}

}  // namespace storyline
