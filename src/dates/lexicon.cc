#include "dates/lexicon.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/word_set.h"

namespace storyline::dates {
namespace {

using Table = std::unordered_map<std::string_view, LexEntry>;

void AddMonths(Table* t) {
  static const char* kNames[][3] = {
      {"january", "jan", nullptr}, {"february", "feb", nullptr}, {"march", "mar", nullptr},
      {"april", "apr", nullptr},   {"may", nullptr, nullptr},    {"june", "jun", nullptr},
      {"july", "jul", nullptr},    {"august", "aug", nullptr},   {"september", "sept", "sep"},
      {"october", "oct", nullptr}, {"november", "nov", nullptr}, {"december", "dec", nullptr}};
  for (int m = 0; m < 12; ++m) {
    for (const char* name : kNames[m]) {
      if (name != nullptr) (*t)[name] = {Lex::kMonth, static_cast<int16_t>(m + 1)};
    }
  }
}

void AddWeekdays(Table* t) {
  static const char* kNames[] = {"monday", "tuesday", "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};
  static const char* kPlurals[] = {"mondays", "tuesdays", "wednesdays", "thursdays",
                                   "fridays", "saturdays", "sundays"};
  for (int d = 0; d < 7; ++d) {
    (*t)[kNames[d]] = {Lex::kWeekday, static_cast<int16_t>(d + 1)};
    (*t)[kPlurals[d]] = {Lex::kWeekday, static_cast<int16_t>(d + 1)};
  }
}

void AddNumbers(Table* t) {
  static const char* kSmall[] = {"zero", "one", "two", "three", "four", "five", "six",
                                 "seven", "eight", "nine", "ten", "eleven", "twelve",
                                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                 "eighteen", "nineteen"};
  for (int n = 0; n < 20; ++n) (*t)[kSmall[n]] = {Lex::kNumberWord, static_cast<int16_t>(n)};
  static const char* kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                "eighty", "ninety"};
  for (int n = 0; n < 8; ++n) (*t)[kTens[n]] = {Lex::kNumberWord, static_cast<int16_t>(20 + 10 * n)};
  (*t)["hundred"] = {Lex::kNumberWord, 100};
  (*t)["thousand"] = {Lex::kNumberWord, 1000};
  static const char* kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};
  for (int n = 0; n < 12; ++n) (*t)[kOrdinals[n]] = {Lex::kOrdinal, static_cast<int16_t>(n + 1)};
}

void AddUnits(Table* t) {
  static const std::pair<const char*, Unit> kUnits[] = {
      {"second", kSecond}, {"seconds", kSecond}, {"minute", kMinute}, {"minutes", kMinute},
      {"hour", kHour}, {"hours", kHour}, {"day", kDay}, {"days", kDay}, {"week", kWeek},
      {"weeks", kWeek}, {"weekend", kWeekend}, {"weekends", kWeekend},
      {"fortnight", kFortnight}, {"month", kMonth}, {"months", kMonth}, {"quarter", kQuarter},
      {"quarters", kQuarter}, {"year", kYear}, {"years", kYear}, {"decade", kDecade},
      {"decades", kDecade}, {"century", kCentury}, {"centuries", kCentury}};
  for (const auto& [name, unit] : kUnits) (*t)[name] = {Lex::kUnit, unit};
}

void AddRelatives(Table* t) {
  static const std::pair<const char*, int16_t> kRel[] = {
      {"this", 0}, {"current", 0}, {"last", -1}, {"past", -1}, {"previous", -1},
      {"next", 1}, {"coming", 1}, {"following", 1}, {"latest", -1}, {"recent", -1}};
  for (const auto& [name, v] : kRel) (*t)[name] = {Lex::kRelative, v};
  static const std::pair<const char*, Unit> kFrequencies[] = {
      {"daily", kDay}, {"weekly", kWeek}, {"monthly", kMonth}, {"quarterly", kQuarter},
      {"annually", kYear}, {"yearly", kYear}, {"hourly", kHour}, {"nightly", kDay}};
  for (const auto& [name, v] : kFrequencies) (*t)[name] = {Lex::kFrequency, v};
  static const std::pair<const char*, Deictic> kDeictic[] = {
      {"today", kToday}, {"yesterday", kYesterday}, {"tomorrow", kTomorrow},
      {"tonight", kTonight}, {"now", kNow}};
  for (const auto& [name, v] : kDeictic) (*t)[name] = {Lex::kDeictic, v};
  static const std::pair<const char*, PartOfDay> kParts[] = {
      {"morning", kMorning}, {"afternoon", kAfternoon}, {"evening", kEvening},
      {"night", kNight}, {"noon", kNoon}, {"midnight", kMidnight}};
  for (const auto& [name, v] : kParts) (*t)[name] = {Lex::kPartOfDay, v};
  static const std::pair<const char*, Season> kSeasons[] = {
      {"spring", kSpring}, {"summer", kSummer}, {"fall", kFall}, {"autumn", kFall},
      {"winter", kWinter}};
  for (const auto& [name, v] : kSeasons) (*t)[name] = {Lex::kSeason, v};
}

void AddOthers(Table* t) {
  static const char* kOther[] = {
      "the", "a", "an", "ago", "earlier", "later", "early", "late", "mid", "end", "beginning",
      "start", "fiscal", "recently", "currently", "lately",
      "nowadays", "future", "several", "few", "some", "many", "couple", "every", "each",
      "half", "period", "fy", "noon", "midnight", "nearly", "almost", "about", "around",
      "approximately", "roughly", "more", "less", "at", "up", "no", "full", "christmas",
      "halloween", "thanksgiving", "easter", "valentine", "new", "q", "h", "these"};
  for (const char* w : kOther) {
    if (t->find(w) == t->end()) (*t)[w] = {Lex::kOther, 0};
  }
}

}  // namespace

LexEntry LookupWord(std::string_view lower) {
  // Built as a map (later entries overwrite earlier ones), then flattened
  // into a WordSet and a parallel vector: every word of every text is looked up.
  // The keys view string literals, so they outlive the map.
  struct Flat {
    std::vector<LexEntry> entries;
    WordSet words;
  };
  static const Flat kFlat = [] {
    Table t;
    AddMonths(&t);
    AddWeekdays(&t);
    AddNumbers(&t);
    AddUnits(&t);
    AddRelatives(&t);
    AddOthers(&t);
    std::vector<std::string_view> words;
    std::vector<LexEntry> entries;
    for (const auto& [word, entry] : t) {
      words.push_back(word);
      entries.push_back(entry);
    }
    return Flat{std::move(entries), WordSet(words)};
  }();
  int i = kFlat.words.IndexOf(lower);
  return i < 0 ? LexEntry{} : kFlat.entries[i];
}

const char* SeasonCode(int season) {
  static const char* kCodes[] = {"", "SP", "SU", "FA", "WI"};
  return season >= 1 && season <= 4 ? kCodes[season] : "";
}

const char* UnitCode(int unit) {
  static const char* kCodes[] = {"", "S", "M", "H", "D", "W", "WE", "W", "M", "Q", "M",
                                 "Y", "DE", "CE"};
  return unit >= 1 && unit <= kCentury ? kCodes[unit] : "";
}

bool IsTimeUnit(int unit) { return unit == kSecond || unit == kMinute || unit == kHour; }

const char* PartOfDayCode(int part) {
  static const char* kCodes[] = {"", "MO", "AF", "EV", "NI", "MI", "MI"};
  return part >= 1 && part <= kMidnight ? kCodes[part] : "";
}

}  // namespace storyline::dates
