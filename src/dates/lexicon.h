// The words the date tagger knows: month and weekday names, seasons, number
// words, time units and the modifiers of relative expressions. A word that is
// not in the lexicon (and is not a number) can never start or continue a date
// expression, which is what keeps the scan fast: rules run only at triggers.
#ifndef STORYLINE_DATES_LEXICON_H_
#define STORYLINE_DATES_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace storyline::dates {

enum class Lex : uint8_t {
  kNone = 0,
  kMonth,       // value 1..12
  kWeekday,     // value 1 (Monday) .. 7 (Sunday)
  kSeason,      // value: Season
  kNumberWord,  // value: the number ("twenty" = 20, "hundred" = 100)
  kOrdinal,     // value: 1 for "first" .. 12 for "twelfth"
  kUnit,        // value: Unit (singular or plural)
  kDeictic,     // value: Deictic
  kRelative,    // value: -1 ("last"), 0 ("this"), +1 ("next"); see the .cc
  kPartOfDay,   // value: PartOfDay
  kSetWord,     // "daily" .. : value: Unit of the period
  kOther,       // other trigger words, matched by spelling in the rules
};

enum Season : int16_t { kSpring = 1, kSummer, kFall, kWinter };
enum Unit : int16_t {
  kSecond = 1, kMinute, kHour, kDay, kWeek, kWeekend, kFortnight, kMonth, kQuarter, kHalfYear,
  kYear, kDecade, kCentury
};
enum Deictic : int16_t { kToday = 1, kYesterday, kTomorrow, kTonight, kNow };
enum PartOfDay : int16_t { kMorning = 1, kAfternoon, kEvening, kNight, kNoon, kMidnight };

struct LexEntry {
  Lex kind = Lex::kNone;
  int16_t value = 0;
};

// Looks up a lower-case ASCII word. Thread-safe (a function-local constant table).
LexEntry LookupWord(std::string_view lower);

// TIMEX3 codes: "SP" for kSpring, "D" for kDay ("W", "M", "Y", ...), "MO" for kMorning.
const char* SeasonCode(int season);
const char* UnitCode(int unit);  // duration letter(s); time units need a "T" before them
bool IsTimeUnit(int unit);       // hours, minutes, seconds
const char* PartOfDayCode(int part);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_LEXICON_H_
