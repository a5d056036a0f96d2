// Rules for month names with days and years ("July 8", "8 July 2020",
// "July 21-22", "January this year") and clock times ("10 a.m.").
#include <cstdio>
#include <string>

#include "dates/rules.h"

namespace storyline::dates {
namespace {

// "May" is a month only after a preposition or modifier (or with a day/year).
bool MayIsMonth(const RuleContext& c, size_t i) {
  if (i == 0) return false;
  static const char* kCues[] = {"in", "since", "until", "by", "of", "last", "next", "this",
                                "early", "late", "mid", "from", "through", "during",
                                "before", "after", "to", "and", "-", "between", "each"};
  for (const char* cue : kCues) {
    if (c.Word(i - 1, cue) || (cue[0] == '-' && c.Punct(i - 1, '-'))) return true;
  }
  return false;
}

// "this year" / "last year" / "next year" at i: sets the year offset.
bool YearDeixis(const RuleContext& c, size_t i, int* delta) {
  if (!c.Is(i, Lex::kRelative) || !c.Word(i + 1, "year")) return false;
  std::string_view w = c[i].lower;
  if (w != "this" && w != "last" && w != "next") return false;
  *delta = c.Val(i);
  return true;
}

// After "Month Day" ending before token k: a range "-22", a year ", 2020", or nothing.
Candidate MonthDay(const RuleContext& c, size_t i, size_t k, int month, int day) {
  int day2 = 0, y = 0;
  size_t k2 = 0;
  bool range = (c.Punct(k, '-') || c.Word(k, "to")) && ParseDayOfMonth(c, k + 1, &day2, &k2) &&
               day2 > day && !c.Punct(k2, ':');
  size_t after = range ? k2 : k;
  size_t yk = c.Punct(after, ',') ? after + 1 : after;
  bool has_year = ParseYear(c, yk, &y);
  DateValue v;
  if (has_year) {
    if (!IsValidDate(y, month, day)) return Make(i, after - 1, c.resolver.DayNear(month, day, Tense::kUnknown));
    v = Resolver::Day(y, month, day);
  } else {
    v = c.resolver.DayNear(month, day, c.TenseOf(i, after - 1));
  }
  size_t last = has_year ? yk : after - 1;
  if (range && v.resolved && IsValidDate(std::stoi(v.value.substr(0, 4)), month, day2)) {
    v.value_end = FormatDay({std::stoi(v.value.substr(0, 4)), month, day2});
    v.granularity = DateGranularity::kRange;
  }
  return Make(i, last, v);
}

}  // namespace

std::optional<Candidate> MatchMonthFirst(const RuleContext& c, size_t i) {
  int month = 0, day = 0, y = 0, delta = 0;
  size_t j = 0, k = 0;
  if (!ParseMonth(c, i, &month, &j)) return std::nullopt;
  if (ParseDayOfMonth(c, j, &day, &k) && !(c[j].digits() <= 2 && c.Word(k, "percent"))) {
    return MonthDay(c, i, k, month, day);
  }
  size_t yk = (c.Punct(j, ',') || c.Word(j, "of")) ? j + 1 : j;
  if (ParseYear(c, yk, &y)) return Make(i, yk, Resolver::Month(y, month));
  if (YearDeixis(c, j, &delta)) return Make(i, j + 1, c.resolver.MonthInYear(month, delta));
  if (c[i].lower == "may" && !MayIsMonth(c, i)) return std::nullopt;
  return Make(i, j - 1, c.resolver.MonthNear(month, c.TenseOf(i, j - 1)));
}

std::optional<Candidate> MatchDayFirst(const RuleContext& c, size_t i) {
  size_t start = c.Word(i, "the") ? i + 1 : i;
  int day = 0, month = 0, y = 0;
  size_t k = 0, j = 0;
  if (!ParseDayOfMonth(c, start, &day, &k)) return std::nullopt;
  if (c.Word(k, "of")) ++k;
  if (!ParseMonth(c, k, &month, &j)) return std::nullopt;
  size_t yk = c.Punct(j, ',') ? j + 1 : j;
  if (ParseYear(c, yk, &y) && IsValidDate(y, month, day)) {
    return Make(i, yk, Resolver::Day(y, month, day));
  }
  return Make(i, j - 1, c.resolver.DayNear(month, day, c.TenseOf(i, j - 1)));
}

namespace {

// "a.m." / "am" / "p.m." / "pm" at k: sets *pm and *next.
bool Meridiem(const RuleContext& c, size_t k, bool* pm, size_t* next) {
  if (c.Word(k, "am") || c.Word(k, "pm")) return *pm = c[k].lower == "pm", *next = k + 1, true;
  if ((c.Word(k, "a") || c.Word(k, "p")) && c.Punct(k + 1, '.') && c.Word(k + 2, "m")) {
    *pm = c[k].lower == "p";
    *next = c.Punct(k + 3, '.') ? k + 4 : k + 3;
    return true;
  }
  return false;
}

bool TimeZone(const RuleContext& c, size_t k) {
  static const char* kZones[] = {"est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "et"};
  for (const char* z : kZones) {
    if (c.Word(k, z)) return true;
  }
  return false;
}

}  // namespace

std::optional<Candidate> MatchClockTime(const RuleContext& c, size_t i) {
  if (!c.Number(i) || c[i].digits() > 2 || c[i].number > 24) return std::nullopt;
  int hour = static_cast<int>(c[i].number), minute = -1;
  size_t k = i + 1;
  if (c.Punct(k, ':') && c.Glued(k) && c.Number(k + 1) && c.Glued(k + 1) && c[k + 1].digits() == 2) {
    minute = static_cast<int>(c[k + 1].number);
    k += 2;
  }
  bool pm = false;
  size_t next = k;
  bool has_meridiem = Meridiem(c, k, &pm, &next);
  if (!has_meridiem && (minute < 0 || !(c.Word(i - 1, "at") || c.Word(i - 1, "by")))) {
    return std::nullopt;
  }
  if (minute > 59 || (has_meridiem && (hour < 1 || hour > 12))) return std::nullopt;
  if (has_meridiem && pm && hour != 12) hour += 12;
  if (has_meridiem && !pm && hour == 12) hour = 0;
  size_t last = next - 1;
  if (TimeZone(c, next)) last = next++;
  DateValue day = c.resolver.DayOffset(0);
  size_t dk = c.Punct(next, ',') ? next + 1 : next;
  if (c.Is(dk, Lex::kWeekday) || c.Is(dk, Lex::kMonth) || c.Is(dk, Lex::kDeictic)) {
    std::optional<Candidate> inner = MatchAt(c, dk);
    if (inner && inner->value.granularity == DateGranularity::kDay) {
      day = inner->value;
      last = inner->last;
    }
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, minute >= 0 ? "T%02d:%02d" : "T%02d", hour, minute);
  day.value += buf;
  day.type = "TIME";
  return Make(i, last, day);
}

}  // namespace storyline::dates
