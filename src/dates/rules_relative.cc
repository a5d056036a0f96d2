// Rules for expressions that need the anchor: deictic words, weekdays,
// "last/this/next X", "a year ago", references like "recently".
#include <cctype>
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
std::optional<DateValue> UnitOffset(const RuleContext& c, int unit, int delta) {
  const Resolver& r = c.resolver;
  switch (unit) {
    case kYear: return r.YearOffset(delta);
    case kMonth: return r.MonthOffset(delta);
    case kWeek: return r.WeekOffset(delta);
    case kDay: return r.DayOffset(delta);
    case kQuarter: return r.QuarterOffset(delta);
    case kWeekend: return r.WeekendOffset(delta);
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

// "the following year", "the previous month": one unit after/before the date
// the text last mentioned (a narrative reference), when there is one.
std::optional<DateValue> NarrativeOffset(const RuleContext& c, size_t i, int unit, int delta) {
  std::string_view ref = c.RecentReference(i);
  if (ref.size() < 4 || !std::isdigit(static_cast<unsigned char>(ref[0]))) return std::nullopt;
  int year = std::stoi(std::string(ref.substr(0, 4)));
  if (unit == kYear) return Resolver::Year(year + delta);
  if (unit == kMonth && ref.size() >= 7 && ref[4] == '-' && std::isdigit(static_cast<unsigned char>(ref[5]))) {
    int index = year * 12 + std::stoi(std::string(ref.substr(5, 2))) - 1 + delta;
    return Resolver::Month(index / 12, index % 12 + 1);
  }
  return std::nullopt;
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
  if (IsPlural(c[i])) {  // "Tuesdays": a set
    return Make(i, i, Resolver::Fixed("XXXX-WXX-" + std::to_string(c.Val(i)),
                                      DateGranularity::kUnknown, "SET"));
  }
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
  if (j > i && c.Word(j, "weekend")) {
    // "the weekend" seen from a weekday: the one just past, unless the clause looks ahead.
    bool weekday = c.resolver.anchor().has_day && IsoWeekday(c.resolver.anchor().date) <= 5;
    bool past = weekday && c.TenseOf(i, j) != Tense::kFuture;
    return Make(i, j, c.resolver.WeekendOffset(past ? -1 : 0));
  }
  if (j > i && c.Word(j, "full") && c.Word(j + 1, "year")) return Make(i, j + 1, c.resolver.YearOffset(0));
  if (j > i && c.Word(j, "day") && !c.Word(j + 1, "before") && !c.Word(j + 1, "after")) {
    return Make(i, j, c.resolver.DayOffset(0));
  }
  if (!c.Is(j, Lex::kRelative)) return std::nullopt;
  int delta = c.Val(j);
  size_t k = j + 1;
  if (c.Word(j, "this") && (c.Word(k, "past") || c.Word(k, "coming"))) delta = c.Val(k++);
  if (c.Word(j, "most") || c.Word(j, "latest") || c.Word(j, "recent")) delta = -1;
  const Resolver& r = c.resolver;
  if (c.Is(k, Lex::kWeekday) && !IsPlural(c[k])) {
    return Make(i, k, r.Weekday(c.Val(k), c.TenseOf(i, k), delta));
  }
  if (c.Is(k, Lex::kMonth) && c[k].capitalized) {
    int m = c.Val(k);
    return Make(i, k, delta == 0 ? r.MonthInYear(m, 0) : r.MonthRelative(m, delta));
  }
  if (c.Is(k, Lex::kSeason)) {
    if (c.Word(j, "last") || c.Word(j, "next")) return Make(i, k, r.SeasonOfYear(delta, c.Val(k)));
    return Make(i, k, r.SeasonRelative(c.Val(k), delta));
  }
  if (c.Is(k, Lex::kPartOfDay)) {
    int part = c.Val(k);
    if (c.Word(j, "last") && part == kNight) return Make(i, k, WithPartOfDay(r.DayOffset(-1), part));
    if (c.Word(j, "this")) return Make(i, k, WithPartOfDay(r.DayOffset(0), part));
    return std::nullopt;
  }
  // "This Week" with a capital W mid-sentence is a title (a TV programme).
  if (!c.Is(k, Lex::kUnit) || IsPlural(c[k])) return std::nullopt;
  bool title = c[k].capitalized && !c[k].newline_before && i > 0 && c[i - 1].punct() != '.';
  if (!title) {
    if (c.Word(j, "current") && c[k].lower != "year" && c[k].lower != "quarter") return std::nullopt;
    if (c.Word(j, "following") || c.Word(j, "previous")) {
      if (auto v = NarrativeOffset(c, i, c.Val(k), delta)) return Make(i, k, *v);
    }
    std::optional<DateValue> v = UnitOffset(c, c.Val(k), delta);
    if (v) return Make(i, k, *v);
  }
  return std::nullopt;
}

std::optional<Candidate> MatchAgo(const RuleContext& c, size_t i) {
  int n = 0;
  size_t k = 0;
  if (!ParseCount(c, i, &n, &k) || !c.Is(k, Lex::kUnit)) return std::nullopt;
  size_t a = c.Word(k + 1, "or") && c.Word(k + 2, "so") ? k + 3 : k + 1;  // "a week or so ago"
  // "three days later" is annotated as the duration "three days" (TimeBank).
  int sign = c.Word(a, "ago") || c.Word(a, "earlier") ? -1 : 0;
  if (sign == 0) return std::nullopt;
  if (n < 0) {
    return Make(i, a, Resolver::Fixed(sign < 0 ? "PAST_REF" : "FUTURE_REF",
                                          DateGranularity::kUnknown));
  }
  const Resolver& r = c.resolver;
  std::string_view ref = c.RecentReference(i);
  switch (c.Val(k)) {
    case kYear:
      if (ref.size() == 7 && ref[5] == 'Q') {  // "the third quarter ... a year earlier"
        int year = std::stoi(std::string(ref.substr(0, 4))) + sign * n;
        Candidate m = Make(i, a, Resolver::Fixed(FormatQuarter(year, ref[6] - '0'),
                                                     DateGranularity::kQuarter));
        m.anaphoric = true;
        return m;
      }
      return Make(i, a, r.YearOffset(sign * n));
    case kMonth: return Make(i, a, r.MonthOffset(sign * n));
    case kWeek: return Make(i, a, r.DayOffset(sign * 7 * n));
    case kDay: return Make(i, a, r.DayOffset(sign * n));
    case kQuarter: return Make(i, a, r.QuarterOffset(sign * n));
    case kDecade: return Make(i, a, r.YearOffset(sign * 10 * n));
    default: return std::nullopt;
  }
}

std::optional<Candidate> MatchReference(const RuleContext& c, size_t i) {
  std::string_view w = c[i].lower;
  const char* value = nullptr;
  size_t last = i;
  if (w == "currently" || w == "nowadays") value = "PRESENT_REF";
  else if (w == "recently" || w == "lately") value = "PAST_REF";
  else if (w == "these" && c.Word(i + 1, "days")) value = "PRESENT_REF", last = i + 1;
  else if ((w == "coming" || w == "future") && c.Is(i + 1, Lex::kUnit) && IsPlural(c[i + 1])) {
    value = "FUTURE_REF", last = i + 1;  // "in coming months", "future quarters"
  } else if (w == "the") {
    size_t t = i + 1;
    if (c.Word(t, "near") || c.Word(t, "short") || c.Word(t, "long")) {
      if (c.Word(t + 1, "term")) value = "FUTURE_REF", last = t + 1;  // "in the near term"
    }
    size_t k = c.Word(t, "near") || c.Word(t, "distant") ? t + 1 : t;
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
