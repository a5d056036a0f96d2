// The rule set of the date tagger, HeidelTime-like in coverage but written as
// small token-pattern functions. MatchAt tries every rule at one token and
// keeps the longest match (ties: the first rule in order).
//
//   explicit: "2020-07-08", "7/8/2020", "July 8, 2020", "8 July", "July 21-22",
//             "July 2020", "1998", "the 1990s", "fiscal 1989", "20th century",
//             "spring 2019", "10 a.m.", "10:30 p.m."
//   relative: "today", "yesterday morning", "now", "Wednesday", "last year",
//             "this past April", "January this year", "next week", "the third
//             quarter", "a year ago", "two weeks ago", "earlier this month",
//             "mid-2009", "late last year", "recently", "the future"
//   duration: "three years" (P3Y), "two-week" (P2W), "the past two months",
//             "a few days" (PXD), "24 hours" (PT24H)
//   set:      "daily", "every week", "each year"
#ifndef STORYLINE_DATES_RULES_H_
#define STORYLINE_DATES_RULES_H_

#include <cstddef>
#include <optional>

#include "dates/rule_context.h"

namespace storyline::dates {

using Rule = std::optional<Candidate> (*)(const RuleContext&, size_t);

// Explicit (calendar) expressions.
std::optional<Candidate> MatchNumericDate(const RuleContext& c, size_t i);
std::optional<Candidate> MatchYear(const RuleContext& c, size_t i);
std::optional<Candidate> MatchMonthFirst(const RuleContext& c, size_t i);
std::optional<Candidate> MatchDayFirst(const RuleContext& c, size_t i);
std::optional<Candidate> MatchSeason(const RuleContext& c, size_t i);
std::optional<Candidate> MatchCentury(const RuleContext& c, size_t i);
std::optional<Candidate> MatchClockTime(const RuleContext& c, size_t i);

// Relative (anchored) expressions.
std::optional<Candidate> MatchDeictic(const RuleContext& c, size_t i);
std::optional<Candidate> MatchWeekday(const RuleContext& c, size_t i);
std::optional<Candidate> MatchRelative(const RuleContext& c, size_t i);
std::optional<Candidate> MatchQuarter(const RuleContext& c, size_t i);
std::optional<Candidate> MatchAgo(const RuleContext& c, size_t i);
std::optional<Candidate> MatchModified(const RuleContext& c, size_t i);
std::optional<Candidate> MatchReference(const RuleContext& c, size_t i);

// Durations and sets.
std::optional<Candidate> MatchDuration(const RuleContext& c, size_t i);
std::optional<Candidate> MatchSet(const RuleContext& c, size_t i);

// The longest match of any rule starting at token i.
std::optional<Candidate> MatchAt(const RuleContext& c, size_t i);

// Cheap pre-test: can any rule start at token i?
bool IsTrigger(const DateToken& t);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_RULES_H_
