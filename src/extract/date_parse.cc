#include "extract/date_parse.h"

#include <cstdint>
#include <cstdio>

#include "common/utf8.h"

namespace storyline {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(word[i]) != lower[i]) return false;
  }
  return true;
}

// A left-to-right reader over the text being parsed.
struct Cursor {
  std::string_view s;
  size_t i = 0;

  bool done() const { return i >= s.size(); }
  char peek(size_t ahead = 0) const { return i + ahead < s.size() ? s[i + ahead] : '\0'; }
  void SkipSpaces() {
    while (!done() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  }
  // Skips spaces and any of `chars`.
  void SkipAny(std::string_view chars) {
    while (!done() && (s[i] == ' ' || chars.find(s[i]) != std::string_view::npos)) ++i;
  }
  // Reads a run of digits; returns its length (0 = none).
  size_t Number(int* value) {
    size_t start = i;
    int v = 0;
    while (!done() && IsDigit(s[i]) && i - start < 9) v = v * 10 + (s[i++] - '0');
    *value = v;
    return i - start;
  }
  std::string_view Word() {
    size_t start = i;
    while (!done() && IsAlpha(s[i])) ++i;
    return s.substr(start, i - start);
  }
};

bool IsWeekday(std::string_view w) {
  static const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                                "fri", "sat", "sun"};
  for (const char* d : kDays) {
    if (EqualsLower(w, d)) return true;
  }
  return false;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return month == 2 && (leap || year == 0) ? 29 : kDays[month - 1];
}

CalendarDate Checked(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return {};
  if (year != 0 && (year < 1800 || year > 2200)) return {};
  if (day > DaysInMonth(year, month)) return {};
  return {year, month, day};
}

// A four-digit year after optional ", " (not followed by another digit); 0 if none.
int OptionalYear(Cursor* c) {
  Cursor probe = *c;
  probe.SkipAny(",");
  int year = 0;
  if (probe.Number(&year) == 4 && !IsDigit(probe.peek())) {
    *c = probe;
    return year;
  }
  return 0;
}

void SkipOrdinal(Cursor* c) {
  Cursor probe = *c;
  std::string_view w = probe.Word();
  if (EqualsLower(w, "st") || EqualsLower(w, "nd") || EqualsLower(w, "rd") || EqualsLower(w, "th")) *c = probe;
}

// "2020-07-08", "2020/07/08", "2020.07.08".
CalendarDate YearFirst(Cursor* c, int year) {
  char sep = c->peek();
  if (sep != '-' && sep != '/' && sep != '.') return {};
  ++c->i;
  int month = 0, day = 0;
  if (c->Number(&month) == 0 || c->peek() != sep) return {};
  ++c->i;
  if (c->Number(&day) == 0) return {};
  return Checked(year, month, day);
}

// "22.07.2020", "22/07/2020" (unambiguous only), or "8 July 2020", "08th of July, 2020".
CalendarDate DayFirst(Cursor* c, int first) {
  char sep = c->peek();
  if ((sep == '.' || sep == '/') && IsDigit(c->peek(1))) {
    ++c->i;
    int second = 0, year = 0;
    if (c->Number(&second) == 0 || c->peek() != sep) return {};
    ++c->i;
    if (c->Number(&year) != 4) return {};
    if (sep == '.' || first > 12) return Checked(year, second, first);
    if (second > 12) return Checked(year, first, second);
    return {};  // "07/08/2020": day and month cannot be told apart
  }
  SkipOrdinal(c);
  c->SkipSpaces();
  Cursor probe = *c;
  if (EqualsLower(probe.Word(), "of")) {
    probe.SkipSpaces();
    *c = probe;
  }
  int month = MonthFromName(c->Word());
  if (month == 0) return {};
  if (c->peek() == '.') ++c->i;
  return Checked(OptionalYear(c), month, first);
}

// "July 8, 2020", "Jul. 8 2020", "July 8".
CalendarDate MonthFirst(Cursor* c, int month) {
  if (c->peek() == '.') ++c->i;
  c->SkipSpaces();
  int day = 0;
  size_t digits = c->Number(&day);
  if (digits == 0 || digits > 2 || IsDigit(c->peek())) return {};
  SkipOrdinal(c);
  return Checked(OptionalYear(c), month, day);
}

}  // namespace

std::string CalendarDate::Iso() const {
  if (!complete()) return {};
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", year, month, day);
  return buffer;
}

int MonthFromName(std::string_view w) {
  static const char* kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                  "august", "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (w.size() > full.size()) continue;
    bool prefix = EqualsLower(w, full.substr(0, w.size()));
    // Full names, three-letter abbreviations and "Sept".
    if (prefix && (w.size() == full.size() || w.size() == 3 || EqualsLower(w, "sept"))) return m + 1;
  }
  return 0;
}

CalendarDate ScanDate(std::string_view text, size_t* consumed) {
  Cursor c{text};
  c.SkipSpaces();
  Cursor probe = c;
  if (IsWeekday(probe.Word())) {
    probe.SkipAny(",.");
    c = probe;
  }
  CalendarDate date;
  int number = 0;
  if (IsDigit(c.peek())) {
    size_t digits = c.Number(&number);
    if (digits == 4) date = YearFirst(&c, number);
    if (digits <= 2) date = DayFirst(&c, number);
  } else {
    int month = MonthFromName(c.Word());
    if (month != 0) date = MonthFirst(&c, month);
  }
  if (date.valid()) *consumed = c.i;
  return date;
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil, inverted).
CalendarDate FromUnixDays(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2));
  return Checked(year, month, day);
}

std::string ParseDateIso(std::string_view text) {
  text = TrimSpace(text);
  bool digits = !text.empty();
  for (char c : text) digits = digits && IsDigit(c);
  if (digits && (text.size() == 10 || text.size() == 13)) {  // Unix seconds or milliseconds
    int64_t value = 0;
    for (char c : text) value = value * 10 + (c - '0');
    if (text.size() == 13) value /= 1000;
    return FromUnixDays(value / 86400).Iso();
  }
  size_t consumed = 0;
  return ScanDate(text, &consumed).Iso();
}

bool IsDateLine(std::string_view line, CalendarDate* date) {
  Cursor c{line};
  c.SkipSpaces();
  for (int labels = 0; labels < 3; ++labels) {  // "Last updated on", "Published:"
    Cursor probe = c;
    std::string_view w = probe.Word();
    if (!(EqualsLower(w, "published") || EqualsLower(w, "updated") || EqualsLower(w, "posted") ||
          EqualsLower(w, "date") || EqualsLower(w, "last") || EqualsLower(w, "on"))) {
      break;
    }
    probe.SkipAny(":");
    c = probe;
  }
  size_t consumed = 0;
  CalendarDate found = ScanDate(line.substr(c.i), &consumed);
  if (!found.complete()) return false;
  // What follows may only be a time of day and a zone: "10:15 GMT", "| 10:15 am".
  for (c.i += consumed; !c.done();) {
    c.SkipAny(",|-:+.");
    int n = 0;
    if (c.Number(&n) > 0) continue;
    std::string_view w = c.Word();
    if (w.empty()) {
      if (!c.done()) return false;
      break;
    }
    bool upper = w.size() <= 5;
    for (char ch : w) upper = upper && ch >= 'A' && ch <= 'Z';
    if (!upper && !EqualsLower(w, "am") && !EqualsLower(w, "pm") && !EqualsLower(w, "at")) return false;
  }
  *date = found;
  return true;
}

std::string DateFromUrl(std::string_view url) {
  for (size_t i = 0; i + 10 < url.size(); ++i) {
    if (url[i] != '/' || !IsDigit(url[i + 1])) continue;
    Cursor c{url, i + 1};
    int year = 0;
    if (c.Number(&year) != 4 || (c.peek() != '/' && c.peek() != '-')) continue;
    CalendarDate date = YearFirst(&c, year);
    char next = c.peek();
    if (date.complete() && !IsDigit(next)) return date.Iso();
  }
  return {};
}

}  // namespace storyline
