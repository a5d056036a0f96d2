#include "dates/tense.h"

#include <string_view>
#include <unordered_map>

namespace storyline::dates {
namespace {

Tense MarkerTense(const DateTokens& toks, size_t i) {
  static const std::unordered_map<std::string_view, Tense> kMarkers = {
      {"will", Tense::kFuture}, {"shall", Tense::kFuture}, {"would", Tense::kFuture},
      {"scheduled", Tense::kFuture}, {"expected", Tense::kFuture}, {"plans", Tense::kFuture},
      {"planned", Tense::kFuture}, {"due", Tense::kFuture}, {"upcoming", Tense::kFuture},
      {"intends", Tense::kFuture}, {"set", Tense::kFuture}, {"won", Tense::kPast},
      {"was", Tense::kPast}, {"were", Tense::kPast}, {"had", Tense::kPast},
      {"did", Tense::kPast}, {"said", Tense::kPast}, {"told", Tense::kPast},
      {"met", Tense::kPast}, {"held", Tense::kPast}, {"came", Tense::kPast},
      {"went", Tense::kPast}, {"began", Tense::kPast}, {"made", Tense::kPast},
      {"took", Tense::kPast}, {"gave", Tense::kPast}, {"left", Tense::kPast},
      {"lost", Tense::kPast}, {"fell", Tense::kPast}, {"rose", Tense::kPast},
      {"saw", Tense::kPast}, {"sent", Tense::kPast}, {"spoke", Tense::kPast},
      {"wrote", Tense::kPast}, {"got", Tense::kPast}, {"signed", Tense::kPast},
      {"is", Tense::kPresent}, {"are", Tense::kPresent}, {"am", Tense::kPresent},
      {"says", Tense::kPresent}};
  const DateToken& t = toks[i];
  if (t.kind != TokKind::kWord) return Tense::kUnknown;
  if (t.lower == "ll" && i > 0 && toks[i - 1].punct() == '\'') return Tense::kFuture;
  if (t.lower == "to" && i > 0 && toks[i - 1].lower == "going") return Tense::kFuture;
  auto it = kMarkers.find(t.lower);
  if (it != kMarkers.end()) return it->second;
  std::string_view w = t.lower;
  if (w.size() >= 5 && w.substr(w.size() - 2) == "ed" && t.lex.kind == Lex::kNone) {
    return Tense::kPast;
  }
  return Tense::kUnknown;
}

// '.' ends a sentence unless it closes an abbreviation ("Sept.", "Mr.", "U.S.").
bool EndsSentence(const DateTokens& toks, size_t i) {
  char c = toks[i].punct();
  if (c == '!' || c == '?' || c == ';') return true;
  if (c != '.' || i == 0) return false;
  const DateToken& prev = toks[i - 1];
  return prev.kind == TokKind::kNumber ||
         (prev.kind == TokKind::kWord && prev.lower.size() >= 3 && prev.lex.kind != Lex::kMonth &&
          prev.lower != "mrs");
}

// Scans from token `from` in direction `step` (+1/-1) for at most `window`
// tokens inside the sentence; returns the first marker's tense and its distance.
Tense ScanSide(const DateTokens& toks, size_t from, int step, size_t window, size_t* distance) {
  for (size_t d = 1; d <= window; ++d) {
    if (step < 0 && from < d) break;
    size_t j = step < 0 ? from - d : from + d;
    if (j >= toks.size() || EndsSentence(toks, j)) break;
    Tense t = MarkerTense(toks, j);
    if (t != Tense::kUnknown) {
      *distance = d;
      return t;
    }
    if (step < 0 && toks[j].newline_before) break;
    if (step > 0 && j + 1 < toks.size() && toks[j + 1].newline_before) break;
  }
  return Tense::kUnknown;
}

}  // namespace

Tense GuessTense(const DateTokens& toks, size_t first, size_t last, size_t window) {
  size_t left_distance = 0, right_distance = 0;
  Tense left = ScanSide(toks, first, -1, window, &left_distance);
  Tense right = ScanSide(toks, last, +1, window, &right_distance);
  if (left == Tense::kUnknown) return right;
  if (right == Tense::kUnknown) return left;
  return left_distance <= right_distance ? left : right;
}

}  // namespace storyline::dates
