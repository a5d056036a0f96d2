// MatchAt: runs the whole rule set at one token and keeps the longest match.
#include "dates/rules.h"

namespace storyline::dates {

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
