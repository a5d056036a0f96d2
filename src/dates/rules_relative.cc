// Rules for expressions that need the anchor: deictic words, weekdays,
// "last/this/next X", "a year ago", references like "recently".
#include <string>

#include "dates/rules.h"

namespace storyline::dates {
namespace {

// Appends a part of day ("TMO") to a day value, making it a TIME.
DateValue WithPartOfDay(DateValue day, int part) {
  day.value += std::string("T") + PartOfDayCode(part);
  day.type = "TIME";
  return day;
}

// The value of "<delta> <unit>" for a singular unit ("last week", "this year").
std::optional<DateValue> UnitOffset(const RuleContext& c, int unit, int delta, size_t at) {
  const Resolver& r = c.resolver;
  switch (unit) {
    case kYear: return r.YearOffset(delta);
    case kMonth: return r.MonthOffset(delta);
    case kWeek: return r.WeekOffset(delta);
    case kDay: return r.DayOffset(delta);
    case kQuarter: return r.QuarterOffset(delta);
    case kWeekend: {
      Tense t = c.TenseOf(at, at);
      bool weekday = r.anchor().has_day && IsoWeekday(r.anchor().date) <= 5;
      return r.WeekendOffset(delta == 0 && weekday && t != Tense::kFuture ? -1 : delta);
    }
    case kDecade: {
      DateValue v = r.YearOffset(10 * delta);
      if (v.resolved) v.value = v.value.substr(0, 3);
      else v.value = "XXX";
      v.granularity = DateGranularity::kDecade;
      return v;
    }
    default: return std::nullopt;
  }
}

}  // namespace

std::optional<Candidate> MatchDeictic(const RuleContext& c, size_t i) {
  if (!c.Is(i, Lex::kDeictic)) return std::nullopt;
  int d = c.Val(i);
  if (d == kNow) return Make(i, i, Resolver::Fixed("PRESENT_REF", DateGranularity::kUnknown));
  if (d == kTonight) return Make(i, i, WithPartOfDay(c.resolver.DayOffset(0), kNight));
  DateValue v = c.resolver.DayOffset(d == kToday ? 0 : d == kYesterday ? -1 : 1);
  if (c.Is(i + 1, Lex::kPartOfDay)) return Make(i, i + 1, WithPartOfDay(v, c.Val(i + 1)));
  return Make(i, i, v);
}

std::optional<Candidate> MatchWeekday(const RuleContext& c, size_t i) {
  if (!c.Is(i, Lex::kWeekday) || !c[i].capitalized) return std::nullopt;
  size_t k = c.Punct(i + 1, ',') ? i + 2 : i + 1;
  for (Rule rule : {MatchMonthFirst, MatchDayFirst}) {
    std::optional<Candidate> date = rule(c, k);
    if (date && date->value.granularity == DateGranularity::kDay) {
      date->first = i;
      return date;
    }
  }
  DateValue v = c.resolver.Weekday(c.Val(i), c.TenseOf(i, i));
  if (c.Is(i + 1, Lex::kPartOfDay)) return Make(i, i + 1, WithPartOfDay(v, c.Val(i + 1)));
  return Make(i, i, v);
}

std::optional<Candidate> MatchRelative(const RuleContext& c, size_t i) {
  size_t j = SkipThe(c, i);
  if (!c.Is(j, Lex::kRelative)) return std::nullopt;
  int delta = c.Val(j);
  size_t k = j + 1;
  if (c.Word(j, "this") && (c.Word(k, "past") || c.Word(k, "coming"))) delta = c.Val(k++);
  if (c.Word(j, "most") || c.Word(j, "latest") || c.Word(j, "recent")) delta = -1;
  const Resolver& r = c.resolver;
  if (c.Is(k, Lex::kWeekday)) return Make(i, k, r.Weekday(c.Val(k), c.TenseOf(i, k), delta));
  if (c.Is(k, Lex::kMonth) && c[k].capitalized) {
    int m = c.Val(k);
    return Make(i, k, delta == 0 ? r.MonthInYear(m, 0) : r.MonthRelative(m, delta));
  }
  if (c.Is(k, Lex::kSeason)) return Make(i, k, r.SeasonRelative(c.Val(k), delta));
  if (c.Is(k, Lex::kPartOfDay)) {
    int part = c.Val(k);
    if (c.Word(j, "last") && part == kNight) return Make(i, k, WithPartOfDay(r.DayOffset(-1), part));
    if (c.Word(j, "this")) return Make(i, k, WithPartOfDay(r.DayOffset(0), part));
    return std::nullopt;
  }
  if (c.Is(k, Lex::kUnit) && !IsPlural(c[k])) {
    if (c.Word(j, "current") && c[k].lower != "year" && c[k].lower != "quarter") return std::nullopt;
    std::optional<DateValue> v = UnitOffset(c, c.Val(k), delta, i);
    if (v) return Make(i, k, *v);
  }
  return std::nullopt;
}

std::optional<Candidate> MatchAgo(const RuleContext& c, size_t i) {
  int n = 0;
  size_t k = 0;
  if (!ParseCount(c, i, &n, &k) || !c.Is(k, Lex::kUnit)) return std::nullopt;
  int sign = c.Word(k + 1, "ago") || c.Word(k + 1, "earlier") ? -1 : c.Word(k + 1, "later") ? 1 : 0;
  if (sign == 0) return std::nullopt;
  if (n < 0) {
    return Make(i, k + 1, Resolver::Fixed(sign < 0 ? "PAST_REF" : "FUTURE_REF",
                                          DateGranularity::kUnknown));
  }
  const Resolver& r = c.resolver;
  const std::string& ref = c.last_reference;
  switch (c.Val(k)) {
    case kYear:
      if (ref.size() == 7 && ref[5] == 'Q') {
        return Make(i, k + 1, Resolver::Fixed(FormatQuarter(std::stoi(ref) + sign * n, ref[6] - '0'),
                                              DateGranularity::kQuarter));
      }
      return Make(i, k + 1, r.YearOffset(sign * n));
    case kMonth: return Make(i, k + 1, r.MonthOffset(sign * n));
    case kWeek: return Make(i, k + 1, r.DayOffset(sign * 7 * n));
    case kDay: return Make(i, k + 1, r.DayOffset(sign * n));
    case kQuarter: return Make(i, k + 1, r.QuarterOffset(sign * n));
    case kDecade: return Make(i, k + 1, r.YearOffset(sign * 10 * n));
    default: return std::nullopt;
  }
}

std::optional<Candidate> MatchReference(const RuleContext& c, size_t i) {
  std::string_view w = c[i].lower;
  const char* value = nullptr;
  size_t last = i;
  if (w == "currently" || w == "nowadays") value = "PRESENT_REF";
  else if (w == "recently" || w == "lately" || w == "previously" || w == "formerly") value = "PAST_REF";
  else if (w == "soon") value = "FUTURE_REF";
  else if (w == "the") {
    size_t k = c.Word(i + 1, "near") || c.Word(i + 1, "distant") ? i + 2 : i + 1;
    if (c.Word(k, "future")) value = "FUTURE_REF", last = k;
    if (k == i + 1 && c.Word(k, "past") && !c.Is(k + 1, Lex::kUnit) && !c.Is(k + 1, Lex::kNumberWord) &&
        !c.Number(k + 1) && !c.Word(k + 1, "few") && !c.Word(k + 1, "several")) {
      value = "PAST_REF", last = k;
    }
  }
  if (value == nullptr) return std::nullopt;
  return Make(i, last, Resolver::Fixed(value, DateGranularity::kUnknown));
}

}  // namespace storyline::dates
