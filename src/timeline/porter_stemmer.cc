// ROUGE-1.5.5's Porter stemmer. Perl expresses each condition of the algorithm
// as a regular expression over two overlapping letter classes; here each
// condition is the same pattern, matched by a tiny set-of-positions automaton
// (MatchEnds), so 'y' keeps its double role exactly as in ROUGE.
#include "timeline/porter_stemmer.h"

#include <initializer_list>
#include <vector>

namespace storyline::timeline {
namespace {

bool IsStrictVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsVowel(char c) { return IsStrictVowel(c) || c == 'y'; }

// One element of a measure pattern.
enum class Unit {
  kConsonants,  // C: a non-strict-vowel, then any non-vowels
  kVowels,      // V: a vowel, then any strict vowels
  kVowel,       // v: exactly one vowel
  kCvcEnd,      // one letter that is not a,e,i,o,u,w,x,y (the end of *o)
};
struct Piece {
  Unit unit;
  bool optional = false;
};

// Adds to `out` every position where `unit` can end when it starts at `p`.
void Advance(std::string_view w, size_t p, Unit unit, std::vector<bool>& out) {
  const size_t n = w.size();
  if (p >= n) return;
  switch (unit) {
    case Unit::kConsonants:
    case Unit::kVowels: {
      const bool cons = unit == Unit::kConsonants;
      if (cons ? IsStrictVowel(w[p]) : !IsVowel(w[p])) return;
      size_t q = p + 1;
      out[q] = true;
      while (q < n && (cons ? !IsVowel(w[q]) : IsStrictVowel(w[q]))) out[++q] = true;
      return;
    }
    case Unit::kVowel:
      if (IsVowel(w[p])) out[p + 1] = true;
      return;
    case Unit::kCvcEnd:
      if (!IsVowel(w[p]) && w[p] != 'w' && w[p] != 'x') out[p + 1] = true;
      return;
  }
}

// Positions at which `pattern`, anchored at the start of `w`, can end.
std::vector<bool> MatchEnds(std::string_view w, std::initializer_list<Piece> pattern) {
  std::vector<bool> at(w.size() + 1, false);
  at[0] = true;
  for (const Piece& piece : pattern) {
    std::vector<bool> next(w.size() + 1, false);
    for (size_t p = 0; p <= w.size(); ++p) {
      if (!at[p]) continue;
      if (piece.optional) next[p] = true;
      Advance(w, p, piece.unit, next);
    }
    at.swap(next);
  }
  return at;
}

bool AnyEnd(const std::vector<bool>& ends) {
  for (bool e : ends) if (e) return true;
  return false;
}

constexpr Piece kOptC{Unit::kConsonants, true};
constexpr Piece kC{Unit::kConsonants};
constexpr Piece kV{Unit::kVowels};
constexpr Piece kOptV{Unit::kVowels, true};

bool MeasureAbove0(std::string_view s) { return AnyEnd(MatchEnds(s, {kOptC, kV, kC})); }
bool MeasureAbove1(std::string_view s) { return AnyEnd(MatchEnds(s, {kOptC, kV, kC, kV, kC})); }
bool MeasureIs1(std::string_view s) { return MatchEnds(s, {kOptC, kV, kC, kOptV}).back(); }
bool HasVowel(std::string_view s) { return AnyEnd(MatchEnds(s, {kOptC, {Unit::kVowel}})); }
// The whole stem is consonants, one vowel, and a final consonant other than w, x, y.
bool IsShortCvc(std::string_view s) {
  return MatchEnds(s, {kC, {Unit::kVowel}, {Unit::kCvcEnd}}).back();
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// The longest rule whose suffix ends `w` (what a leftmost regex match picks), or null.
const Rule* LongestRule(std::string_view w, std::initializer_list<Rule> rules) {
  const Rule* best = nullptr;
  for (const Rule& r : rules) {
    if (EndsWith(w, r.suffix) && (!best || r.suffix.size() > best->suffix.size())) best = &r;
  }
  return best;
}

// Replaces the longest matching suffix when the remaining stem passes `cond`.
template <typename Cond>
void ApplyRules(std::string& w, std::initializer_list<Rule> rules, Cond cond) {
  const Rule* r = LongestRule(w, rules);
  if (!r) return;
  std::string stem = w.substr(0, w.size() - r->suffix.size());
  if (cond(stem)) w = stem + std::string(r->replacement);
}

// Strips `suffix` when the stem left has measure > 1; says whether `w` ended so.
bool StripIfMeasureAbove1(std::string& w, std::string_view suffix) {
  if (!EndsWith(w, suffix)) return false;
  std::string stem = w.substr(0, w.size() - suffix.size());
  if (MeasureAbove1(stem)) w = stem;
  return true;
}

void Step1a(std::string& w) {
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
}

void Step1b(std::string& w) {
  if (EndsWith(w, "eed")) {
    if (MeasureAbove0(std::string_view(w).substr(0, w.size() - 3))) w.pop_back();
    return;
  }
  const size_t cut = EndsWith(w, "ed") ? 2 : EndsWith(w, "ing") ? 3 : 0;
  if (cut == 0 || !HasVowel(std::string_view(w).substr(0, w.size() - cut))) return;
  w.resize(w.size() - cut);
  const size_t n = w.size();
  if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
    w += 'e';
  } else if (n >= 2 && w[n - 1] == w[n - 2] &&
             std::string_view("aeiouylsz").find(w[n - 1]) == std::string_view::npos) {
    w.pop_back();
  } else if (IsShortCvc(w)) {
    w += 'e';
  }
}

void Step1c(std::string& w) {
  if (!w.empty() && w.back() == 'y' && HasVowel(std::string_view(w).substr(0, w.size() - 1))) {
    w.back() = 'i';
  }
}

void Step2(std::string& w) {
  ApplyRules(w,
             {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
              {"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"},
              {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"},
              {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"},
              {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}},
             MeasureAbove0);
}

void Step3(std::string& w) {
  ApplyRules(w,
             {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"},
              {"ful", ""}, {"ness", ""}},
             MeasureAbove0);
}

void Step4(std::string& w) {
  ApplyRules(w,
             {{"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""},
              {"ible", ""}, {"ant", ""}, {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""},
              {"iti", ""}, {"ous", ""}, {"ive", ""}, {"ize", ""}},
             MeasureAbove1);
  StripIfMeasureAbove1(w, "ment");
  if (StripIfMeasureAbove1(w, "ent")) return;
  if (EndsWith(w, "sion") || EndsWith(w, "tion")) {
    std::string stem = w.substr(0, w.size() - 3);
    if (MeasureAbove1(stem)) w = stem;
  }
}

void Step5(std::string& w) {
  if (!w.empty() && w.back() == 'e') {
    std::string_view stem = std::string_view(w).substr(0, w.size() - 1);
    if (MeasureAbove1(stem) || (MeasureIs1(stem) && !IsShortCvc(stem))) w.pop_back();
  }
  if (EndsWith(w, "ll") && MeasureAbove1(w)) w.pop_back();
}

}  // namespace

std::string PorterStem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';  // never a vowel
  Step1a(w);
  Step1b(w);
  Step1c(w);
  Step2(w);
  Step3(w);
  Step4(w);
  Step5(w);
  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace storyline::timeline
