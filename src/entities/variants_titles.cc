// SplitTitle (declared in variants.h): a title is a run of modifiers
// ("Russian", "Deputy Foreign") ending in a head word ("Minister") at the start
// of a person mention, followed by at least one name word.
#include <string_view>
#include <vector>

#include "common/word_set.h"
#include "entities/variants.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

bool IsTitleHead(std::string_view t) {
  static const WordSet kHeads = {
      "president", "minister", "commander", "marshal", "general", "secretary", "secretary-general",
      "chancellor", "ambassador", "senator", "governor", "mayor", "chairman", "chairwoman", "ceo",
      "spokesman", "spokeswoman", "spokesperson", "king", "queen", "prince", "princess", "sheikh",
      "emir", "pope", "judge", "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "lord", "lady",
      "colonel", "col", "lieutenant", "captain", "admiral", "sergeant", "premier", "director",
      "envoy", "representative", "rep", "sen", "gov", "gen", "lt", "speaker", "chief", "founder",
      "coach", "bishop", "archbishop", "cardinal", "imam", "rabbi", "father", "president-elect",
      "executive", "officer", "co-founder", "justice", "analyst", "economist", "chair", "head",
      "leader", "vice-president", "vice-chairman", "boss", "adm", "capt", "maj", "sgt", "cmdr",
      "cpl", "supt", "insp"};
  return kHeads.contains(t);
}

// Heads that are also common surnames or words ("Martin Luther King"): a title
// only when nothing but modifiers precedes them.
bool IsAmbiguousHead(std::string_view t) {
  static const WordSet kHeads = {
      "king", "queen", "prince", "princess", "lord", "lady", "sir", "father", "pope", "judge",
      "justice", "speaker", "head", "leader", "chair", "boss", "bishop", "cardinal", "coach"};
  return kHeads.contains(t);
}

bool IsTitleModifier(std::string_view t) {
  static const WordSet kModifiers = {
      "foreign", "prime", "deputy", "vice", "defense", "defence", "interior", "finance", "economy",
      "acting", "interim", "former", "field", "chief", "executive", "senior", "special", "first",
      "state", "attorney", "grand", "crown", "supreme", "top", "un", "u.n", "us", "u.s", "eu",
      "assistant", "associate", "opposition", "army", "military", "health", "trade", "energy",
      "justice", "education", "labor", "labour", "culture", "transport", "regional", "national",
      "rear"};
  return kModifiers.contains(t);
}

// Nationality adjectives: "Russian", "Turkish", "Chinese", "Iraqi", "French".
bool LooksLikeNationality(std::string_view t, bool capitalized) {
  if (!capitalized || t.size() < 4) return false;
  return t.ends_with("an") || t.ends_with("ish") || t.ends_with("ese") || t.ends_with("qi") ||
         t.ends_with("ch") || t.ends_with("ni");
}

}  // namespace

TitleSplit SplitTitle(std::string_view text) {
  struct Word {
    Span span;
    std::string norm;
    bool capitalized;
  };
  std::vector<Word> words;
  ForEachWord(text, [&](Span span, std::string_view norm) {
    unsigned char c = static_cast<unsigned char>(text[span.begin]);
    words.push_back({span, std::string(norm), c >= 'A' && c <= 'Z'});
  });
  // The title ends at the last head word among the first words; whatever
  // precedes it ("Apple Inc. co-founder", "Russian Foreign") belongs to it,
  // and at least one capitalized name word must follow.
  constexpr size_t kMaxTitleWords = 7;
  int last_head = -1;
  bool only_modifiers = true;
  for (size_t k = 0; k < words.size() && k < kMaxTitleWords; ++k) {
    const Word& w = words[k];
    bool modifier = IsTitleModifier(w.norm) || LooksLikeNationality(w.norm, w.capitalized);
    if (IsTitleHead(w.norm) && (only_modifiers || !IsAmbiguousHead(w.norm))) {
      last_head = static_cast<int>(k);
    } else if (last_head >= 0 && w.capitalized && !IsTitleModifier(w.norm) &&
               !LooksLikeNationality(w.norm, w.capitalized)) {
      break;  // the name has started
    }
    only_modifiers = only_modifiers && (modifier || last_head == static_cast<int>(k));
  }
  TitleSplit split;
  // "President of the United States Barack Obama": after "of", the place and
  // the name cannot be told apart; the name is taken to be the last two words.
  if (last_head >= 0 && last_head + 1 < static_cast<int>(words.size()) &&
      words[last_head + 1].norm == "of" && words.size() >= static_cast<size_t>(last_head) + 5) {
    last_head = static_cast<int>(words.size()) - 3;
  }
  if (last_head < 0 || last_head + 1 >= static_cast<int>(words.size())) return split;
  if (!words[last_head + 1].capitalized) return split;
  split.title = std::string(text.substr(0, words[last_head].span.end));
  split.name_begin = words[last_head + 1].span.begin;
  // Brackets and quotes that open the name stay with the name.
  while (split.name_begin > 0 && text[split.name_begin - 1] == '[') --split.name_begin;
  return split;
}

}  // namespace storyline
