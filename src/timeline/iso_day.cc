#include "timeline/iso_day.h"

#include <chrono>
#include <cstdio>

namespace storyline {
namespace {

bool TwoDigits(std::string_view s, size_t at, int* out) {
  if (s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9') return false;
  *out = (s[at] - '0') * 10 + (s[at + 1] - '0');
  return true;
}

}  // namespace

std::optional<int32_t> ParseIsoDay(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
  int hi, lo, month, day;
  if (!TwoDigits(iso, 0, &hi) || !TwoDigits(iso, 2, &lo) || !TwoDigits(iso, 5, &month) ||
      !TwoDigits(iso, 8, &day)) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year(hi * 100 + lo),
                                  std::chrono::month(static_cast<unsigned>(month)),
                                  std::chrono::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<int32_t>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

std::string FormatIsoDay(int32_t day) {
  std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace storyline
