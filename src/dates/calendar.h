// Proleptic Gregorian calendar arithmetic and ISO formatting for the date
// tagger. Dates are plain {year, month, day} triples; day arithmetic goes
// through a day count since 1970-01-01 (Howard Hinnant's civil algorithms).
#ifndef STORYLINE_DATES_CALENDAR_H_
#define STORYLINE_DATES_CALENDAR_H_

#include <cstdint>
#include <string>

namespace storyline::dates {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int64_t days);
CivilDate AddDays(const CivilDate& date, int64_t days);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);

// ISO weekday: 1 = Monday .. 7 = Sunday.
int IsoWeekday(const CivilDate& date);

// ISO 8601 week: the week-numbering year and week number (1..53) of `date`.
void IsoWeek(const CivilDate& date, int* iso_year, int* week);

// Formatting: "2020", "2020-07", "2020-07-08", "2020-W28", "2020-Q3".
std::string FormatYear(int year);
std::string FormatMonth(int year, int month);
std::string FormatDay(const CivilDate& date);
std::string FormatWeek(const CivilDate& date);
std::string FormatQuarter(int year, int quarter);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_CALENDAR_H_
