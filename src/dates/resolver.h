// Turns what a rule recognized ("last year", "Wednesday", "July 8") into a
// TIMEX3 value by arithmetic on the anchor (the publication date). When the
// anchor lacks what an expression needs (no anchor at all, or only its year
// for a weekday) the value keeps X placeholders ("XXXX-WXX-3") and
// `resolved` is false: the resolver never invents a date.
#ifndef STORYLINE_DATES_RESOLVER_H_
#define STORYLINE_DATES_RESOLVER_H_

#include <string>

#include "dates/anchor.h"
#include "storyline/model.h"

namespace storyline::dates {

// The tense of the clause around an expression, for choosing between the
// Wednesday before and the Wednesday after the publication date.
enum class Tense { kUnknown, kPast, kPresent, kFuture };

struct DateValue {
  std::string type = "DATE";  // DATE, TIME, DURATION, SET
  std::string value;
  std::string value_end;      // ranges only
  DateGranularity granularity = DateGranularity::kUnknown;
  bool resolved = true;
};

class Resolver {
 public:
  explicit Resolver(const Anchor& anchor) : anchor_(anchor) {}
  const Anchor& anchor() const { return anchor_; }

  // Values that need nothing from the anchor.
  static DateValue Fixed(std::string value, DateGranularity g, std::string type = "DATE");
  static DateValue Year(int year) { return Fixed(FormatYear(year), DateGranularity::kYear); }
  static DateValue Month(int year, int month);
  static DateValue Day(int year, int month, int day);

  // Relative to the anchor's year / month / day / week / quarter, by `delta` units.
  DateValue YearOffset(int delta) const;
  DateValue MonthOffset(int delta) const;
  DateValue DayOffset(int delta) const;
  DateValue WeekOffset(int delta) const;
  DateValue QuarterOffset(int delta) const;
  DateValue WeekendOffset(int delta) const;

  // A month or day without a year: the anchor's year, moved one year back
  // (past tense) or forward (future tense) when that is needed to keep the
  // date on the side of the anchor that the tense says.
  DateValue MonthNear(int month, Tense tense) const;
  DateValue DayNear(int month, int day, Tense tense) const;
  // `month` of the anchor's year + `year_delta` ("January this year").
  DateValue MonthInYear(int month, int year_delta) const;
  // The closest `month` strictly before (delta < 0) or after (delta > 0) the anchor's month.
  DateValue MonthRelative(int month, int delta) const;

  // A weekday: past tense (or unknown) = the latest on or before the anchor,
  // future = the first on or after it. `delta` != 0 ("last Friday", "next
  // Friday") excludes the anchor day itself.
  DateValue Weekday(int weekday, Tense tense, int delta = 0) const;

  DateValue QuarterOfYear(int year_delta, int quarter) const;
  DateValue SeasonRelative(int season, int delta) const;  // "this summer", "last spring"
  DateValue SeasonOfYear(int year_delta, int season) const;

 private:
  DateValue Unresolved(std::string value, DateGranularity g) const;
  Anchor anchor_;
};

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_RESOLVER_H_
