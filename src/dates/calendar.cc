#include "dates/calendar.h"

#include <cstdio>

namespace storyline::dates {

int64_t DaysFromCivil(const CivilDate& date) {
  int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (date.month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

CivilDate AddDays(const CivilDate& date, int64_t days) {
  return CivilFromDays(DaysFromCivil(date) + days);
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

int IsoWeekday(const CivilDate& date) {
  int64_t d = DaysFromCivil(date);  // 1970-01-01 was a Thursday (4)
  int64_t w = (d + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

void IsoWeek(const CivilDate& date, int* iso_year, int* week) {
  // The week belongs to the year that holds its Thursday.
  CivilDate thursday = AddDays(date, 4 - IsoWeekday(date));
  int64_t jan1 = DaysFromCivil({thursday.year, 1, 1});
  *iso_year = thursday.year;
  *week = static_cast<int>((DaysFromCivil(thursday) - jan1) / 7 + 1);
}

std::string FormatYear(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string FormatMonth(int year, int month) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string FormatDay(const CivilDate& date) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

std::string FormatWeek(const CivilDate& date) {
  int iso_year = 0, week = 0;
  IsoWeek(date, &iso_year, &week);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", iso_year, week);
  return buf;
}

std::string FormatQuarter(int year, int quarter) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", year, quarter);
  return buf;
}

}  // namespace storyline::dates
