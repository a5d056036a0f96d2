// Calendar dates as written in metadata and at the top of news text.
//
// Recognized (case-insensitive, an optional leading weekday is skipped):
//   ISO 8601      2020-07-08, 2020-07-08T10:00:00Z, 2020/07/08, 2020.07.08
//   RFC 822       Wed, 08 Jul 2020 10:00:00 GMT
//   month first   July 8, 2020   Jul. 8 2020   July 8   (no year: year = 0)
//   day first     8 July 2020   08th July, 2020   8th of July 2020   22.07.2020
// Numeric day-first dates need dots or an unambiguous day (> 12) with slashes;
// ambiguous "07/08/2020" is rejected rather than guessed. Nothing is invented:
// a date without a year keeps year 0 and never becomes an ISO value.
#ifndef STORYLINE_EXTRACT_DATE_PARSE_H_
#define STORYLINE_EXTRACT_DATE_PARSE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace storyline {

struct CalendarDate {
  int year = 0;   // 0 = not stated
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool valid() const { return month != 0 && day != 0; }
  bool complete() const { return valid() && year != 0; }
  std::string Iso() const;  // "YYYY-MM-DD", or "" unless complete()
};

// 1..12 for an English month name or abbreviation ("July", "jul", "Sept"), else 0.
int MonthFromName(std::string_view word);

// Parses a date at the start of `text` (after spaces and an optional weekday).
// On success sets *consumed to the bytes used; a missing year leaves year = 0.
CalendarDate ScanDate(std::string_view text, size_t* consumed);

// A complete date at the start of a metadata value ("2020-07-08T...", RFC 822),
// or Unix time as 10 digits (seconds) or 13 (milliseconds), taken as UTC; "" when
// there is none.
std::string ParseDateIso(std::string_view text);

// True when `line` is nothing but a date, optionally with a label ("Published:",
// "Updated on") and a trailing time ("10:15 GMT", "| 10:15"). Sets *date.
bool IsDateLine(std::string_view line, CalendarDate* date);

// A date in a URL path: /2020/07/08/ or /2020-07-08; "" when there is none.
std::string DateFromUrl(std::string_view url);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_DATE_PARSE_H_
