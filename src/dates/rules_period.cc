// Rules for fiscal periods ("the third quarter", "the year-earlier period"),
// modified expressions ("early next year", "mid-2009"), durations and sets;
// and MatchAt, which runs the whole rule set at one token.
#include <string>

#include "dates/rules.h"

namespace storyline::dates {
namespace {

// "year-earlier" / "year-ago" at k: sets *next past it.
bool YearEarlier(const RuleContext& c, size_t k, size_t* next) {
  if (!c.Word(k, "year") || !c.Punct(k + 1, '-') || !c.Glued(k + 1)) return false;
  if (!c.Word(k + 2, "earlier") && !c.Word(k + 2, "ago")) return false;
  *next = k + 3;
  return true;
}

// What may stand between "the" and a quarter: "this year's", "1988",
// "fiscal", "year-earlier", "latest". Sets the year (absolute, or relative
// when *absolute is false), and whether the period is "the last one" (*latest).
size_t QuarterPrefix(const RuleContext& c, size_t k, int* year, bool* absolute, bool* latest) {
  int y = 0;
  size_t next = 0;
  if (c.Is(k, Lex::kRelative) && c.Word(k + 1, "year") && c.Punct(k + 2, '\'') && c.Word(k + 3, "s")) {
    *year = c.Val(k);
    return k + 4;
  }
  if (ParseYear(c, k, &y)) return *year = y, *absolute = true, k + 1;
  if (YearEarlier(c, k, &next)) return *year = -1, *latest = true, next;
  if (c.Word(k, "latest") || c.Word(k, "recent")) return *latest = true, k + 1;
  if (c.Word(k, "fiscal")) return c.Punct(k + 1, '-') && c.Glued(k + 1) ? k + 2 : k + 1;
  return k;
}

DateValue Quarter(const RuleContext& c, int year, bool absolute, int q) {
  if (absolute) return Resolver::Fixed(FormatQuarter(year, q), DateGranularity::kQuarter);
  return c.resolver.QuarterOfYear(year, q);
}

}  // namespace

// "Q3 2020", "Q3", "H1 2020" (quarters and halves in their business shorthand).
std::optional<Candidate> ShortQuarter(const RuleContext& c, size_t i) {
  bool half = c.Word(i, "h");
  if ((!half && !c.Word(i, "q")) || !c[i].capitalized || !c.Number(i + 1) || !c.Glued(i + 1)) {
    return std::nullopt;
  }
  int n = static_cast<int>(c[i + 1].number), year = 0;
  if (n < 1 || n > (half ? 2 : 4) || c.Glued(i + 2)) return std::nullopt;
  bool has_year = ParseYear(c, i + 2, &year);
  size_t last = has_year ? i + 2 : i + 1;
  if (half) {
    DateValue v = has_year ? Resolver::Year(year) : c.resolver.YearOffset(0);
    if (v.resolved) v.value += "-H" + std::to_string(n);
    return Make(i, last, v);
  }
  if (has_year) return Make(i, last, Resolver::Fixed(FormatQuarter(year, n), DateGranularity::kQuarter));
  return Make(i, last, c.resolver.QuarterOfYear(0, n));
}

std::optional<Candidate> MatchQuarter(const RuleContext& c, size_t i) {
  if (auto m = ShortQuarter(c, i)) return m;
  bool the = c.Word(i, "the");
  size_t k = the ? i + 1 : i;
  int year = 0, q = 0;
  bool absolute = false, latest = false;
  for (int step = 0; step < 3; ++step) {
    size_t next = QuarterPrefix(c, k, &year, &absolute, &latest);
    if (next == k) break;
    k = next;
  }
  size_t after = 0;
  if (ParseOrdinal(c, k, &q, &after)) {
    bool hyphen = c.Punct(after, '-');
    size_t u = hyphen ? after + 1 : after;
    // "the third quarter of 1990"; "the third-quarter results" (the article is the noun's).
    int of_year = 0;
    if (!hyphen && c.Word(u + 1, "of") && ParseYear(c, u + 2, &of_year)) {
      year = of_year, absolute = true;
      if (c.Word(u, "quarter") && q >= 1 && q <= 4) return Make(i, u + 2, Quarter(c, year, true, q));
    }
    size_t first = the && hyphen && k == i + 1 ? i + 1 : i;
    if (c.Word(u, "quarter") && q >= 1 && q <= 4) return Make(first, u, Quarter(c, year, absolute, q));
    if (c.Word(u, "half") && q >= 1 && q <= 2) {
      DateValue v = absolute ? Resolver::Year(year) : c.resolver.YearOffset(year);
      if (v.resolved) v.value += "-H" + std::to_string(q);
      return Make(i, u, v);
    }
    return std::nullopt;
  }
  bool modified = k > i + (the ? 1 : 0);
  if (!c.Word(k, "quarter") && !(modified && c.Word(k, "period"))) {
    if (latest && year == -1 && !the) return Make(i, k - 1, c.resolver.QuarterOffset(-5));
    return std::nullopt;
  }
  if (!the && !modified) return std::nullopt;
  if (absolute) {
    DateValue current = c.resolver.QuarterOffset(-1);
    int cq = current.resolved ? current.value.back() - '0' : 0;
    if (cq == 0) return Make(i, k, Resolver::Year(year));
    return Make(i, k, Quarter(c, year, true, cq));
  }
  return Make(i, k, c.resolver.QuarterOffset(-1 + 4 * year));
}

std::optional<Candidate> MatchModified(const RuleContext& c, size_t i) {
  size_t k = i;
  bool the = c.Word(k, "the");
  if (the) ++k;
  std::string_view w = k < c.size() ? c[k].lower : "";
  bool bounded = w == "end" || w == "beginning" || w == "start" || w == "middle";
  bool soft = w == "earlier" || w == "later";
  if (!bounded && !soft && w != "early" && w != "late" && w != "mid") return std::nullopt;
  if (bounded && !the) return std::nullopt;
  ++k;
  if (bounded && !c.Word(k++, "of")) return std::nullopt;
  if (w == "mid" && c.Punct(k, '-')) ++k;
  if (k >= c.size() || (soft && !c.Is(k, Lex::kRelative) && !c.Is(k, Lex::kDeictic) &&
                        !c.Is(k, Lex::kWeekday))) {
    return std::nullopt;
  }
  if (bounded && c.Word(k, "the") && c.Is(k + 1, Lex::kUnit) && !IsPlural(c[k + 1])) {
    int unit = c.Val(k + 1);  // "the end of the year": the anchor's
    if (unit == kYear) return Make(i, k + 1, c.resolver.YearOffset(0));
    if (unit == kMonth) return Make(i, k + 1, c.resolver.MonthOffset(0));
    if (unit == kWeek) return Make(i, k + 1, c.resolver.WeekOffset(0));
  }
  std::optional<Candidate> inner = MatchAt(c, k);
  if (!inner || inner->value.type == "DURATION" || inner->value.type == "SET") return std::nullopt;
  if (inner->value.value.find("_REF") != std::string::npos) return std::nullopt;
  if (the && !bounded && inner->value.granularity != DateGranularity::kDecade) return std::nullopt;
  inner->first = i;
  return inner;
}

namespace {

// "P3Y", "PT2H", "PXD" for `count` (-1 = unknown) of `unit`.
std::string DurationValue(int count, int unit) {
  int n = count;
  if (unit == kDecade) unit = kYear, n = count * 10;
  else if (unit == kCentury) unit = kYear, n = count * 100;
  else if (unit == kFortnight) unit = kWeek, n = count * 2;
  else if (unit == kHalfYear) unit = kMonth, n = count * 6;
  std::string v = IsTimeUnit(unit) ? "PT" : "P";
  v += count < 0 ? "X" : std::to_string(n);
  return v + UnitCode(unit);
}

// "a week" is a duration ("for a week", "offered him a week") unless it is a
// rate after a count or a plural noun ("700 seats a week", "$1.76 a year").
bool ArticleDurationCue(const RuleContext& c, size_t article) {
  if (article == 0) return true;
  const DateToken& prev = c[article - 1];
  if (prev.kind == TokKind::kNumber) return false;
  static const char* kCounts[] = {"million", "billion", "trillion", "thousand", "hundred", "percent"};
  for (const char* count : kCounts) {
    if (prev.lower == count) return false;
  }
  if (prev.kind != TokKind::kWord || prev.lower.size() < 4 || prev.lower.back() != 's') return true;
  static const char* kVerbs[] = {"takes", "lasts", "needs", "gives", "spends", "was", "has", "is"};
  for (const char* verb : kVerbs) {
    if (prev.lower == verb) return true;
  }
  return false;
}

}  // namespace

std::optional<Candidate> MatchDuration(const RuleContext& c, size_t i) {
  size_t k = i;
  bool the = c.Word(k, "the");
  if (the) ++k;
  if (c.Word(k, "first") || c.Word(k, "last") || c.Word(k, "past") || c.Word(k, "next") ||
      c.Word(k, "previous") || c.Word(k, "coming") || c.Word(k, "recent") || c.Word(k, "final")) {
    ++k;
  }
  bool prefixed = k > i + (the ? 1 : 0);
  int n = 0, n2 = 0;
  size_t u = 0, u2 = 0;
  if (!ParseCount(c, k, &n, &u)) {
    if (!prefixed || !c.Is(k, Lex::kUnit) || !IsPlural(c[k])) return std::nullopt;
    if (!c.Word(k - 1, "recent")) return std::nullopt;
    int unit = c.Val(k);
    if (unit == kYear || unit == kWeek || unit == kDay) {  // TimeBank: "recent years" = PAST_REF
      return Make(i, k, Resolver::Fixed("PAST_REF", DateGranularity::kUnknown));
    }
    n = -1, u = k;  // "recent months"
  }
  if (the && !prefixed && n == 1 && (c.Word(k, "a") || c.Word(k, "an"))) return std::nullopt;
  bool hyphen = c.Punct(u, '-') && c.Glued(u) && c.Glued(u + 1);
  if (hyphen) ++u;
  if (c.Word(u, "to") && ParseCount(c, u + 1, &n2, &u2)) u = u2;
  if (!c.Is(u, Lex::kUnit) || (n > 999)) return std::nullopt;
  int unit = c.Val(u);
  bool from_article = n == 1 && (c.Word(k, "a") || c.Word(k, "an"));
  if (unit == kSecond && (from_article || c.Word(k, "one")) && !IsPlural(c[u])) return std::nullopt;
  if (from_article && IsPlural(c[u])) return std::nullopt;
  if (from_article && !ArticleDurationCue(c, k)) return std::nullopt;  // "700 seats a week"
  if (unit == kQuarter && c.Word(u + 1, "of")) return std::nullopt;   // "three-quarters of"
  if (c.Word(u + 1, "old")) return std::nullopt;                      // an age
  if (n == 0) return std::nullopt;
  size_t last = u;
  if (c.Word(u + 1, "or") && c.Word(u + 2, "so")) last = u + 2;
  // "the two-week delay": the article belongs to the noun, not to the duration.
  size_t first = (the && !prefixed && (n < 0 || hyphen)) ? k : i;
  return Make(first, last,
              Resolver::Fixed(DurationValue(n, unit), DateGranularity::kUnknown, "DURATION"));
}

std::optional<Candidate> MatchSet(const RuleContext& c, size_t i) {
  if (c.Is(i, Lex::kFrequency)) {
    // Adverbs only ("rose 8% annually", "published daily."): before a noun
    // ("daily flights", "quarterly dividend") the word is an adjective.
    bool before_word = i + 1 < c.size() && c[i + 1].kind == TokKind::kWord && !c[i + 1].capitalized;
    static const char* kFunction[] = {"and", "or", "in", "at", "for", "from", "to", "since",
                                      "until", "through", "by", "on", "but", "as", "with"};
    bool function_word = false;
    for (const char* w : kFunction) function_word = function_word || c.Word(i + 1, w);
    if (before_word && !function_word) return std::nullopt;
    return Make(i, i, Resolver::Fixed(DurationValue(1, c.Val(i)), DateGranularity::kUnknown, "SET"));
  }
  if (!c.Word(i, "every") && !c.Word(i, "each")) return std::nullopt;
  if (c.Is(i + 1, Lex::kUnit) && !IsPlural(c[i + 1])) {
    return Make(i, i + 1, Resolver::Fixed(DurationValue(1, c.Val(i + 1)), DateGranularity::kUnknown, "SET"));
  }
  if (c.Is(i + 1, Lex::kWeekday)) {
    return Make(i, i + 1, Resolver::Fixed("XXXX-WXX-" + std::to_string(c.Val(i + 1)),
                                          DateGranularity::kUnknown, "SET"));
  }
  return std::nullopt;
}

std::optional<Candidate> MatchApproximate(const RuleContext& c, size_t i) {
  // TimeBank leaves "within" and "over" outside the extent, unlike "nearly".
  static const char* kOne[] = {"nearly", "almost", "about", "around", "approximately", "roughly"};
  size_t k = i;
  for (const char* w : kOne) {
    if (c.Word(i, w)) k = i + 1;
  }
  if ((c.Word(i, "more") || c.Word(i, "less")) && c.Word(i + 1, "than")) k = i + 2;
  if ((c.Word(i, "at") && c.Word(i + 1, "least")) || (c.Word(i, "up") && c.Word(i + 1, "to"))) k = i + 2;
  if (c.Word(i, "no") && c.Word(i + 1, "more") && c.Word(i + 2, "than")) k = i + 3;
  if (k == i || c.Word(k, "the") || k >= c.size()) return std::nullopt;
  if (!IsTrigger(c[k])) return std::nullopt;
  std::optional<Candidate> inner = MatchAt(c, k);
  if (!inner) return std::nullopt;
  bool vague = inner->value.value.find("_REF") != std::string::npos;
  if (vague || (inner->value.type == "DATE" && !c.Word(i, "around"))) {
    if (!(inner->value.type == "DATE" && c.Word(inner->last, "ago"))) return std::nullopt;
  }
  inner->first = i;
  return inner;
}

bool IsTrigger(const DateToken& t) {
  return t.kind == TokKind::kNumber || t.lex.kind != Lex::kNone || t.punct() == '\'';
}

std::optional<Candidate> MatchAt(const RuleContext& c, size_t i) {
  static constexpr Rule kRules[] = {
      MatchNumericDate, MatchClockTime, MatchMonthFirst, MatchDayFirst, MatchYear,
      MatchCentury,     MatchSeason,    MatchDeictic,    MatchWeekday,  MatchRelative,
      MatchQuarter,     MatchAgo,       MatchModified,   MatchReference, MatchDuration,
      MatchSet,         MatchApproximate, MatchHoliday};
  std::optional<Candidate> best;
  for (Rule rule : kRules) {
    std::optional<Candidate> m = rule(c, i);
    if (m && m->first == i && (!best || m->last > best->last)) best = std::move(m);
  }
  return best;
}

}  // namespace storyline::dates
