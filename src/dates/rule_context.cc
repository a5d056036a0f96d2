#include "dates/rule_context.h"

namespace storyline::dates {
namespace {

// "twenty", "twenty four", "twenty-four", "one hundred".
bool ParseNumberWords(const RuleContext& c, size_t i, int* count, size_t* next) {
  if (!c.Is(i, Lex::kNumberWord)) return false;
  int n = c.Val(i);
  size_t j = i + 1;
  if (n >= 20 && n < 100 && n % 10 == 0) {
    size_t k = c.Punct(j, '-') ? j + 1 : j;
    if (c.Is(k, Lex::kNumberWord) && c.Val(k) > 0 && c.Val(k) < 10) n += c.Val(k), j = k + 1;
  }
  if (n < 100 && c.Word(j, "hundred")) n *= 100, ++j;
  *count = n;
  *next = j;
  return true;
}

}  // namespace

bool ParseCount(const RuleContext& c, size_t i, int* count, size_t* next) {
  if (c.Number(i)) {
    const DateToken& t = c[i];
    if (t.number < 0 || t.number > 9999 || (c.Punct(i + 1, '.') && c.Number(i + 2) && c.Glued(i + 2))) {
      return false;
    }
    if (i > 0 && (c.Punct(i - 1, '$') || (c.Punct(i - 1, ',') && !t.space_before))) return false;
    *count = static_cast<int>(t.number);
    *next = i + 1;
    return true;
  }
  if (ParseNumberWords(c, i, count, next)) return true;
  if (c.Word(i, "a") || c.Word(i, "an")) {
    if (c.Word(i + 1, "few")) return *count = -1, *next = i + 2, true;
    if (c.Word(i + 1, "couple")) {
      *count = 2;
      *next = c.Word(i + 2, "of") ? i + 3 : i + 2;
      return true;
    }
    return *count = 1, *next = i + 1, true;
  }
  if (c.Word(i, "several") || c.Word(i, "few") || c.Word(i, "some") || c.Word(i, "many")) {
    return *count = -1, *next = i + 1, true;
  }
  return false;
}

bool ParseYear(const RuleContext& c, size_t i, int* year) {
  if (!c.Number(i) || c[i].digits() != 4) return false;
  int y = static_cast<int>(c[i].number);
  if (y < 1000 || y > 2099) return false;
  if (i > 0 && (c.Punct(i - 1, '$') || (c.Punct(i - 1, ',') && c.Glued(i) && c.Number(i - 2)))) {
    return false;
  }
  if (c.Glued(i + 1) && (c.Punct(i + 1, '%') || (c.Punct(i + 1, ',') && c.Number(i + 2) && c.Glued(i + 2)))) {
    return false;
  }
  *year = y;
  return true;
}

bool ParseOrdinal(const RuleContext& c, size_t i, int* ordinal, size_t* next) {
  if (c.Is(i, Lex::kOrdinal)) return *ordinal = c.Val(i), *next = i + 1, true;
  if (c.Word(i, "second")) return *ordinal = 2, *next = i + 1, true;
  if (c.Number(i) && c[i].digits() <= 2 && c.Glued(i + 1)) {
    std::string_view s = c[i + 1].lower;
    if (s == "st" || s == "nd" || s == "rd" || s == "th") {
      return *ordinal = static_cast<int>(c[i].number), *next = i + 2, true;
    }
  }
  return false;
}

bool ParseDayOfMonth(const RuleContext& c, size_t i, int* day, size_t* next) {
  if (!c.Number(i) || c[i].digits() > 2 || c[i].number < 1 || c[i].number > 31) return false;
  if (c.Glued(i + 1) && (c.Punct(i + 1, '%') || c.Punct(i + 1, ':') ||
                         (c.Punct(i + 1, '.') && c.Number(i + 2) && c.Glued(i + 2)))) {
    return false;
  }
  *day = static_cast<int>(c[i].number);
  *next = i + 1;
  std::string_view s = i + 1 < c.size() && c.Glued(i + 1) ? c[i + 1].lower : "";
  if (s == "st" || s == "nd" || s == "rd" || s == "th") *next = i + 2;
  return true;
}

bool ParseMonth(const RuleContext& c, size_t i, int* month, size_t* next) {
  if (!c.Is(i, Lex::kMonth)) return false;
  const DateToken& t = c[i];
  bool dot = c.Punct(i + 1, '.') && c.Glued(i + 1);
  bool full = t.lower.size() >= 5 || t.lower == "june" || t.lower == "july";
  bool may_or_march = t.lower == "may" || t.lower == "march";
  if (!full && !dot && !may_or_march && !c.Number(i + 1)) return false;
  if (!t.capitalized) return false;
  *month = c.Val(i);
  *next = dot ? i + 2 : i + 1;
  return true;
}

}  // namespace storyline::dates
