#include "dates/resolver.h"

#include <cstdio>

#include "dates/lexicon.h"

namespace storyline::dates {
namespace {

int QuarterOfMonth(int month) { return (month - 1) / 3 + 1; }

// Season of a month, northern hemisphere: Mar-May spring .. Dec-Feb winter.
int SeasonOfMonth(int month) {
  if (month >= 3 && month <= 5) return kSpring;
  if (month >= 6 && month <= 8) return kSummer;
  if (month >= 9 && month <= 11) return kFall;
  return kWinter;
}

}  // namespace

DateValue Resolver::Fixed(std::string value, DateGranularity g, std::string type) {
  DateValue v;
  v.type = std::move(type);
  v.value = std::move(value);
  v.granularity = g;
  return v;
}

DateValue Resolver::Month(int year, int month) {
  return Fixed(FormatMonth(year, month), DateGranularity::kMonth);
}

DateValue Resolver::Day(int year, int month, int day) {
  return Fixed(FormatDay({year, month, day}), DateGranularity::kDay);
}

DateValue Resolver::Unresolved(std::string value, DateGranularity g) const {
  DateValue v = Fixed(std::move(value), g);
  v.resolved = false;
  return v;
}

DateValue Resolver::YearOffset(int delta) const {
  if (!anchor_.has_year) return Unresolved("XXXX", DateGranularity::kYear);
  return Year(anchor_.date.year + delta);
}

DateValue Resolver::MonthOffset(int delta) const {
  if (!anchor_.has_day) return Unresolved("XXXX-XX", DateGranularity::kMonth);
  int index = anchor_.date.year * 12 + (anchor_.date.month - 1) + delta;
  return Month(index / 12, index % 12 + 1);
}

DateValue Resolver::DayOffset(int delta) const {
  if (!anchor_.has_day) return Unresolved("XXXX-XX-XX", DateGranularity::kDay);
  return Fixed(FormatDay(AddDays(anchor_.date, delta)), DateGranularity::kDay);
}

DateValue Resolver::WeekOffset(int delta) const {
  if (!anchor_.has_day) return Unresolved("XXXX-WXX", DateGranularity::kWeek);
  return Fixed(FormatWeek(AddDays(anchor_.date, 7 * delta)), DateGranularity::kWeek);
}

DateValue Resolver::WeekendOffset(int delta) const {
  if (!anchor_.has_day) return Unresolved("XXXX-WXX-WE", DateGranularity::kWeek);
  return Fixed(FormatWeek(AddDays(anchor_.date, 7 * delta)) + "-WE", DateGranularity::kWeek);
}

DateValue Resolver::QuarterOffset(int delta) const {
  if (!anchor_.has_day) return Unresolved("XXXX-QX", DateGranularity::kQuarter);
  int index = anchor_.date.year * 4 + QuarterOfMonth(anchor_.date.month) - 1 + delta;
  return Fixed(FormatQuarter(index / 4, index % 4 + 1), DateGranularity::kQuarter);
}

DateValue Resolver::MonthNear(int month, Tense tense) const {
  if (!anchor_.has_year) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d", month);
    return Unresolved(buf, DateGranularity::kMonth);
  }
  int year = anchor_.date.year;
  if (anchor_.has_day && tense == Tense::kPast && month > anchor_.date.month) --year;
  if (anchor_.has_day && tense == Tense::kFuture && month < anchor_.date.month) ++year;
  return Month(year, month);
}

DateValue Resolver::DayNear(int month, int day, Tense tense) const {
  if (!anchor_.has_year) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, day);
    return Unresolved(buf, DateGranularity::kDay);
  }
  int year = anchor_.date.year;
  if (anchor_.has_day) {
    int here = anchor_.date.month * 100 + anchor_.date.day, there = month * 100 + day;
    if (tense == Tense::kPast && there > here) --year;
    if (tense == Tense::kFuture && there < here) ++year;
  }
  if (!IsValidDate(year, month, day)) return Unresolved("XXXX-XX-XX", DateGranularity::kDay);
  return Day(year, month, day);
}

DateValue Resolver::MonthInYear(int month, int year_delta) const {
  if (!anchor_.has_year) return MonthNear(month, Tense::kUnknown);
  return Month(anchor_.date.year + year_delta, month);
}

DateValue Resolver::MonthRelative(int month, int delta) const {
  if (!anchor_.has_day) return MonthNear(month, Tense::kUnknown);
  int year = anchor_.date.year;
  if (delta < 0 && month >= anchor_.date.month) --year;
  if (delta > 0 && month <= anchor_.date.month) ++year;
  return Month(year, month);
}

DateValue Resolver::Weekday(int weekday, Tense tense, int delta) const {
  if (!anchor_.has_day) {
    return Unresolved("XXXX-WXX-" + std::to_string(weekday), DateGranularity::kDay);
  }
  int today = IsoWeekday(anchor_.date);
  bool forward = delta > 0 || (delta == 0 && tense == Tense::kFuture);
  int shift;
  if (forward) {
    shift = (weekday - today + 7) % 7;
    if (shift == 0 && delta != 0) shift = 7;
  } else {
    shift = -((today - weekday + 7) % 7);
    if (shift == 0 && delta != 0) shift = -7;
  }
  return Fixed(FormatDay(AddDays(anchor_.date, shift)), DateGranularity::kDay);
}

DateValue Resolver::QuarterOfYear(int year_delta, int quarter) const {
  if (!anchor_.has_year) {
    return Unresolved("XXXX-Q" + std::to_string(quarter), DateGranularity::kQuarter);
  }
  return Fixed(FormatQuarter(anchor_.date.year + year_delta, quarter), DateGranularity::kQuarter);
}

DateValue Resolver::SeasonOfYear(int year_delta, int season) const {
  if (!anchor_.has_year) {
    return Unresolved(std::string("XXXX-") + SeasonCode(season), DateGranularity::kSeason);
  }
  return Fixed(FormatYear(anchor_.date.year + year_delta) + "-" + SeasonCode(season),
               DateGranularity::kSeason);
}

DateValue Resolver::SeasonRelative(int season, int delta) const {
  if (delta == 0 || !anchor_.has_day) return SeasonOfYear(0, season);
  int now = SeasonOfMonth(anchor_.date.month);
  int year_delta = 0;
  if (delta < 0 && season >= now) year_delta = -1;
  if (delta > 0 && season <= now) year_delta = 1;
  return SeasonOfYear(year_delta, season);
}

}  // namespace storyline::dates
