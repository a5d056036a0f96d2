// What every date rule sees: the tokens, the resolver (anchor arithmetic), the
// tense around a span and the last date mentioned, plus small token tests.
// A rule looks at the tokens starting at one position and either declines or
// returns a Candidate: the inclusive token range it covers and its value.
#ifndef STORYLINE_DATES_RULE_CONTEXT_H_
#define STORYLINE_DATES_RULE_CONTEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dates/date_tokens.h"
#include "dates/resolver.h"
#include "dates/tense.h"

namespace storyline::dates {

struct Candidate {
  size_t first = 0;  // token indices, inclusive
  size_t last = 0;
  DateValue value;
};

struct RuleContext {
  const DateTokens& toks;
  const Resolver& resolver;
  // The value of the last day/month/quarter/year date tagged before this point
  // ("" if none): "a year earlier" after "the third quarter" is a quarter.
  std::string last_reference;

  size_t size() const { return toks.size(); }
  const DateToken& operator[](size_t i) const { return toks[i]; }
  bool Word(size_t i, std::string_view w) const {
    return i < toks.size() && toks[i].kind == TokKind::kWord && toks[i].lower == w;
  }
  bool Punct(size_t i, char c) const { return i < toks.size() && toks[i].punct() == c; }
  bool Is(size_t i, Lex kind) const { return i < toks.size() && toks[i].lex.kind == kind; }
  int Val(size_t i) const { return toks[i].lex.value; }
  // Token i follows token i-1 with no space between them.
  bool Glued(size_t i) const { return i < toks.size() && !toks[i].space_before; }
  bool Number(size_t i) const { return i < toks.size() && toks[i].kind == TokKind::kNumber; }
  Tense TenseOf(size_t first, size_t last) const { return GuessTense(toks, first, last); }
};

inline Candidate Make(size_t first, size_t last, DateValue value) {
  return Candidate{first, last, std::move(value)};
}

// The token after an optional "the" at i.
inline size_t SkipThe(const RuleContext& c, size_t i) { return c.Word(i, "the") ? i + 1 : i; }

inline bool IsPlural(const DateToken& t) { return !t.lower.empty() && t.lower.back() == 's'; }

// The count before a unit: "3", "three", "twenty-four", "a", "a couple of";
// "a few", "several", "some", "many" give -1 (an unknown number). On success
// sets *next to the token after the count.
bool ParseCount(const RuleContext& c, size_t i, int* count, size_t* next);

// A year written in digits (1000..2099, four digits) at token i.
bool ParseYear(const RuleContext& c, size_t i, int* year);

// An ordinal at i: "third", "3rd" (sets *next past it). "second" counts too.
bool ParseOrdinal(const RuleContext& c, size_t i, int* ordinal, size_t* next);

// Day of month at i: "8", "8th" (1..31); sets *next past it.
bool ParseDayOfMonth(const RuleContext& c, size_t i, int* day, size_t* next);

// A month name at i, with its abbreviation dot; sets *next past it. Bare
// abbreviations need a dot or a following number; "May" and "March" need
// capitals.
bool ParseMonth(const RuleContext& c, size_t i, int* month, size_t* next);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_RULE_CONTEXT_H_
