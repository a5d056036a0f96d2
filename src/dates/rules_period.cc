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

std::optional<Candidate> MatchQuarter(const RuleContext& c, size_t i) {
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
    size_t u = c.Punct(after, '-') ? after + 1 : after;
    if (c.Word(u, "quarter") && q >= 1 && q <= 4) return Make(i, u, Quarter(c, year, absolute, q));
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
  if (the != bounded) return std::nullopt;
  ++k;
  if (bounded && !c.Word(k++, "of")) return std::nullopt;
  if (w == "mid" && c.Punct(k, '-')) ++k;
  if (k >= c.size() || (soft && !c.Is(k, Lex::kRelative) && !c.Is(k, Lex::kDeictic) &&
                        !c.Is(k, Lex::kWeekday))) {
    return std::nullopt;
  }
  std::optional<Candidate> inner = MatchAt(c, k);
  if (!inner || inner->value.type == "DURATION" || inner->value.type == "SET") return std::nullopt;
  if (inner->value.value.find("_REF") != std::string::npos) return std::nullopt;
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
    n = -1, u = k;  // "recent years"
  }
  if (the && !prefixed && n == 1 && (c.Word(k, "a") || c.Word(k, "an"))) return std::nullopt;
  bool hyphen = c.Punct(u, '-') && c.Glued(u) && c.Glued(u + 1);
  if (hyphen) ++u;
  if (c.Word(u, "to") && ParseCount(c, u + 1, &n2, &u2)) u = u2;
  if (!c.Is(u, Lex::kUnit) || (n > 999)) return std::nullopt;
  int unit = c.Val(u);
  bool from_article = c.Word(k, "a") || c.Word(k, "an");
  if (unit == kSecond && (from_article || c.Word(k, "one")) && !IsPlural(c[u])) return std::nullopt;
  if (from_article && IsPlural(c[u])) return std::nullopt;
  if (n == 0) return std::nullopt;
  size_t last = u;
  if (c.Word(u + 1, "or") && c.Word(u + 2, "so")) last = u + 2;
  return Make(the && !prefixed && n < 0 ? k : i, last,
              Resolver::Fixed(DurationValue(n, unit), DateGranularity::kUnknown, "DURATION"));
}

std::optional<Candidate> MatchSet(const RuleContext& c, size_t i) {
  if (c.Is(i, Lex::kSetWord)) {
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

bool IsTrigger(const DateToken& t) {
  return t.kind == TokKind::kNumber || t.lex.kind != Lex::kNone || t.punct() == '\'';
}

std::optional<Candidate> MatchAt(const RuleContext& c, size_t i) {
  static constexpr Rule kRules[] = {
      MatchNumericDate, MatchClockTime, MatchMonthFirst, MatchDayFirst, MatchYear,
      MatchCentury,     MatchSeason,    MatchDeictic,    MatchWeekday,  MatchRelative,
      MatchQuarter,     MatchAgo,       MatchModified,   MatchReference, MatchDuration,
      MatchSet};
  std::optional<Candidate> best;
  for (Rule rule : kRules) {
    std::optional<Candidate> m = rule(c, i);
    if (m && m->first == i && (!best || m->last > best->last)) best = std::move(m);
  }
  return best;
}

}  // namespace storyline::dates
