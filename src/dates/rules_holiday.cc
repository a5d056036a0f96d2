// Holidays with a calendar date: fixed ones ("Christmas Day", "New Year's
// Eve", "Halloween") and movable ones ("Easter", "Thanksgiving"), with or
// without a year.
#include <string>

#include "dates/rules.h"

namespace storyline::dates {
namespace {

// Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" computus).
CivilDate Easter(int year) {
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

// US Thanksgiving: the fourth Thursday of November.
CivilDate Thanksgiving(int year) {
  int first = IsoWeekday({year, 11, 1});
  int day = 1 + (4 - first + 7) % 7 + 21;
  return {year, 11, day};
}

enum class Holiday { kNone, kChristmas, kChristmasEve, kNewYearsDay, kNewYearsEve, kHalloween,
                     kValentines, kEaster, kThanksgiving };

// Recognizes the holiday name at i; sets *last to its last token.
Holiday Name(const RuleContext& c, size_t i, size_t* last) {
  auto day_or_eve = [&](size_t k, Holiday day, Holiday eve) {
    if (c.Word(k, "eve")) return *last = k, eve;
    *last = c.Word(k, "day") ? k : k - 1;
    return day;
  };
  if (!c[i].capitalized) return Holiday::kNone;
  if (c.Word(i, "christmas")) return day_or_eve(i + 1, Holiday::kChristmas, Holiday::kChristmasEve);
  if (c.Word(i, "new") && c.Word(i + 1, "year") && c.Punct(i + 2, '\'') && c.Word(i + 3, "s")) {
    return day_or_eve(i + 4, Holiday::kNewYearsDay, Holiday::kNewYearsEve);
  }
  if (c.Word(i, "halloween")) return *last = i, Holiday::kHalloween;
  if (c.Word(i, "valentine") && c.Punct(i + 1, '\'') && c.Word(i + 2, "s") && c.Word(i + 3, "day")) {
    return *last = i + 3, Holiday::kValentines;
  }
  if (c.Word(i, "easter")) return *last = c.Word(i + 1, "sunday") ? i + 1 : i, Holiday::kEaster;
  if (c.Word(i, "thanksgiving")) return *last = c.Word(i + 1, "day") ? i + 1 : i, Holiday::kThanksgiving;
  return Holiday::kNone;
}

CivilDate DateIn(Holiday h, int year) {
  switch (h) {
    case Holiday::kChristmas: return {year, 12, 25};
    case Holiday::kChristmasEve: return {year, 12, 24};
    case Holiday::kNewYearsDay: return {year, 1, 1};
    case Holiday::kNewYearsEve: return {year, 12, 31};
    case Holiday::kHalloween: return {year, 10, 31};
    case Holiday::kValentines: return {year, 2, 14};
    case Holiday::kEaster: return Easter(year);
    case Holiday::kThanksgiving: return Thanksgiving(year);
    case Holiday::kNone: break;
  }
  return {year, 1, 1};
}

}  // namespace

std::optional<Candidate> MatchHoliday(const RuleContext& c, size_t i) {
  size_t last = i;
  Holiday h = Name(c, i, &last);
  if (h == Holiday::kNone) return std::nullopt;
  int year = 0;
  size_t yk = c.Punct(last + 1, ',') ? last + 2 : last + 1;
  if (ParseYear(c, yk, &year)) {
    CivilDate d = DateIn(h, year);
    return Make(i, yk, Resolver::Day(d.year, d.month, d.day));
  }
  // Without a year: the occurrence nearest the anchor, as for "March 12".
  CivilDate typical = DateIn(h, 2001);
  DateValue near = c.resolver.DayNear(typical.month, typical.day, c.TenseOf(i, last));
  if (near.resolved && near.value.size() >= 4) {
    CivilDate d = DateIn(h, std::stoi(near.value.substr(0, 4)));
    near = Resolver::Day(d.year, d.month, d.day);
  }
  return Make(i, last, near);
}

}  // namespace storyline::dates
