// Rules for durations ("three years", "the past two months", "a few days"),
// sets ("every week", "annually") and approximate quantities ("nearly two
// years"), which wrap any other match.
#include <cstdio>
#include <string>

#include "dates/rules.h"

namespace storyline::dates {
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
  if (hyphen && (c.Word(k, "a") || c.Word(k, "an"))) return std::nullopt;  // "a-year-old"
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
  if (c.Punct(u + 1, '-') && c.Glued(u + 1)) return std::nullopt;    // "a year-earlier loss"
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
  if (c.Is(i + 1, Lex::kMonth) && c[i + 1].capitalized) {  // "each July"
    char buf[16];
    std::snprintf(buf, sizeof buf, "XXXX-%02d", c.Val(i + 1));
    return Make(i, i + 1, Resolver::Fixed(buf, DateGranularity::kUnknown, "SET"));
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

}  // namespace storyline::dates
