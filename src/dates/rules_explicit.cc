// Rules for calendar expressions that carry their own digits or names.
#include <cstdio>
#include <string>

#include "dates/rules.h"

namespace storyline::dates {
namespace {

int ExpandTwoDigitYear(int yy) { return yy >= 30 ? 1900 + yy : 2000 + yy; }

// "2020-07-08", "2020/07/08".
std::optional<Candidate> IsoDate(const RuleContext& c, size_t i) {
  if (c[i].digits() != 4) return std::nullopt;
  char sep = c.Punct(i + 1, '-') ? '-' : c.Punct(i + 1, '/') ? '/' : '\0';
  if (sep == '\0' || !c.Glued(i + 1) || !c.Number(i + 2) || !c.Glued(i + 2) ||
      !c.Punct(i + 3, sep) || !c.Glued(i + 3) || !c.Number(i + 4) || !c.Glued(i + 4)) {
    return std::nullopt;
  }
  int y = static_cast<int>(c[i].number), m = static_cast<int>(c[i + 2].number);
  int d = static_cast<int>(c[i + 4].number);
  if (!IsValidDate(y, m, d)) return std::nullopt;
  return Make(i, i + 4, Resolver::Day(y, m, d));
}

// "7/8/2020" (month first, unless the first number cannot be a month),
// "8.7.2020" (day first).
std::optional<Candidate> SlashDate(const RuleContext& c, size_t i) {
  char sep = c.Punct(i + 1, '/') ? '/' : c.Punct(i + 1, '.') ? '.' : '\0';
  if (sep == '\0' || c[i].digits() > 2 || !c.Glued(i + 1) || !c.Number(i + 2) ||
      !c.Glued(i + 2) || c[i + 2].digits() > 2 || !c.Punct(i + 3, sep) || !c.Glued(i + 3) ||
      !c.Number(i + 4) || !c.Glued(i + 4)) {
    return std::nullopt;
  }
  int a = static_cast<int>(c[i].number), b = static_cast<int>(c[i + 2].number);
  int y = static_cast<int>(c[i + 4].number);
  if (c[i + 4].digits() == 2) y = ExpandTwoDigitYear(y);
  else if (c[i + 4].digits() != 4) return std::nullopt;
  int m = a, d = b;
  if (sep == '.' || a > 12) std::swap(m, d);
  if (!IsValidDate(y, m, d)) return std::nullopt;
  return Make(i, i + 4, Resolver::Day(y, m, d));
}

// "'90s" at i (the apostrophe): sets the decade's first year.
bool ApostropheDecade(const RuleContext& c, size_t i, int* decade_start, size_t* last) {
  if (!c.Punct(i, '\'') || !c.Number(i + 1) || !c.Glued(i + 1) || c[i + 1].digits() != 2 ||
      !c.Word(i + 2, "s") || !c.Glued(i + 2) || c[i + 1].number % 10 != 0) {
    return false;
  }
  *decade_start = ExpandTwoDigitYear(static_cast<int>(c[i + 1].number));
  *last = i + 2;
  return true;
}

DateValue Decade(int start) {
  return Resolver::Fixed(std::to_string(start / 10), DateGranularity::kDecade);
}

}  // namespace

std::optional<Candidate> MatchNumericDate(const RuleContext& c, size_t i) {
  if (!c.Number(i)) return std::nullopt;
  if (auto m = IsoDate(c, i)) return m;
  return SlashDate(c, i);
}

std::optional<Candidate> MatchYear(const RuleContext& c, size_t i) {
  size_t j = SkipThe(c, i);
  int y = 0;
  size_t last = 0;
  if (ApostropheDecade(c, j, &y, &last)) return Make(i, last, Decade(y));
  if ((c.Word(j, "fiscal") || c.Word(j, "fy")) && ParseYear(c, j + 1, &y)) {
    return Make(i, j + 1, Resolver::Year(y));
  }
  if (!ParseYear(c, j, &y)) return std::nullopt;
  if (c.Word(j + 1, "s") && c.Glued(j + 1)) {
    if (y % 10 != 0) return std::nullopt;
    return Make(i, j + 1, Decade(y));
  }
  if (j != i) return std::nullopt;  // "the 1988 period" is the quarter rule's
  if ((c.Punct(j + 1, '-') || c.Punct(j + 1, '/')) && c.Glued(j + 1) && c.Number(j + 2) &&
      c.Glued(j + 2) && (c[j + 2].digits() == 2 || c[j + 2].digits() == 4)) {
    int end = static_cast<int>(c[j + 2].number);
    if (c[j + 2].digits() == 2) end += y / 100 * 100;
    if (end <= y || end - y > 20) return std::nullopt;
    DateValue v = Resolver::Year(y);
    v.value_end = FormatYear(end);
    v.granularity = DateGranularity::kRange;
    return Make(i, j + 2, v);
  }
  return Make(i, j, Resolver::Year(y));
}

std::optional<Candidate> MatchCentury(const RuleContext& c, size_t i) {
  size_t j = SkipThe(c, i), k = 0;
  int n = 0;
  if (!ParseOrdinal(c, j, &n, &k) || !c.Word(k, "century") || n < 1 || n > 30) {
    return std::nullopt;
  }
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n - 1);
  return Make(i, k, Resolver::Fixed(buf, DateGranularity::kUnknown));
}

std::optional<Candidate> MatchSeason(const RuleContext& c, size_t i) {
  size_t j = SkipThe(c, i);
  if (!c.Is(j, Lex::kSeason)) return std::nullopt;
  int season = c.Val(j), y = 0;
  size_t k = c.Word(j + 1, "of") ? j + 2 : j + 1;
  if (ParseYear(c, k, &y)) {
    return Make(i, k, Resolver::Fixed(FormatYear(y) + "-" + SeasonCode(season),
                                      DateGranularity::kSeason));
  }
  bool cued = j > i || (i > 0 && (c.Word(i - 1, "in") || c.Word(i - 1, "during")));
  if (!cued || c.Word(j, "fall")) return std::nullopt;
  return Make(i, j, c.resolver.SeasonOfYear(0, season));
}

}  // namespace storyline::dates
