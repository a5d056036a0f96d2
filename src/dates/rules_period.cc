// Rules for fiscal periods ("the third quarter", "the year-earlier period",
// "Q3 2020") and modified expressions ("early next year", "mid-2009",
// "the end of the year").
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

}  // namespace storyline::dates
