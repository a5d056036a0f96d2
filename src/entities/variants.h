// Name variants: when two surface forms can name the same entity.
//
// A name is reduced to folded tokens (lower case, accents stripped with ICU, so
// "Mevlüt Çavuşoğlu" = "mevlut cavusoglu"), without Arabic/European particles
// ("al-Sarraj" -> "sarraj", "bin", "van"), possessives, brackets or corporate
// suffixes ("Inc."). Tokens then match exactly, as initials ("J." ~ "John"),
// or as transliteration variants ("Sergey" ~ "Sergei", "Fayez" ~ "Faiz"): same
// consonant skeleton after common romanization rewrites and an edit distance of
// at most two on those rewritten forms. Person names match when the shorter is
// an ordered subsequence of the longer that keeps the first name (or is the bare
// surname); other types need the same tokens. Pure functions, thread-safe.
#ifndef STORYLINE_ENTITIES_VARIANTS_H_
#define STORYLINE_ENTITIES_VARIANTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/model.h"

namespace storyline {

// Folded name tokens of `surface` with particles, brackets, possessives, a
// leading "the" and corporate suffixes removed ("Fayez al-Sarraj" -> {fayez, sarraj}).
std::vector<std::string> NameTokens(std::string_view surface);

// One string per name for exact lookups: the NameTokens joined by spaces.
std::string NameKey(std::string_view surface);

// True when the name ends in a company's legal form ("Transocean Ltd",
// "Halliburton Co.", "BP plc"): it names an organization, whatever a tagger
// made of it. Only forms that are not also common surnames or words count
// ("Inc", "Ltd", "plc", "Corp", "LLC", "GmbH", "Limited", "Company"...).
bool HasCorporateSuffix(std::string_view surface);

// Romanization-neutral form of one folded token ("sergey" -> "sergei",
// "khalifa" -> "halifa", "mohammed" -> "mohamed").
std::string TransliterationForm(std::string_view folded_token);

// Consonant skeleton of a folded token: first letter, then consonants of the
// transliteration form ("fayez" -> "fz"). A blocking key for fuzzy lookups.
std::string ConsonantSkeleton(std::string_view folded_token);

// True when two folded tokens can spell the same name: equal, an initial of
// the other, or transliteration variants (see the file comment).
bool TokensMatch(std::string_view a, std::string_view b);

// How two names relate.
enum class NameMatch {
  kNone = 0,
  kPartial,  // one is a part of the other ("Lavrov" ~ "Sergey Lavrov")
  kFull,     // same tokens, possibly spelled differently ("Sergei Lavrov")
};

// Compares two token lists (NameTokens) of entities of type `type`.
NameMatch CompareNames(const std::vector<std::string>& a, const std::vector<std::string>& b,
                       EntityType type);

// A folded token with its TransliterationForm and ConsonantSkeleton computed
// once: the resolver compares each known name against many others, and the
// plain-string TokensMatch rewrites both tokens on every call.
struct PreparedToken {
  std::string text;      // the folded token
  std::string form;      // TransliterationForm(text)
  std::string skeleton;  // ConsonantSkeleton(text)
};

// A name (NameTokens) ready for repeated comparison; `key` is the tokens
// joined by spaces (NameKey), for exact lookups.
struct PreparedName {
  std::vector<PreparedToken> tokens;
  std::string key;

  size_t size() const { return tokens.size(); }
  bool empty() const { return tokens.empty(); }
};

PreparedName PrepareName(const std::vector<std::string>& tokens);

// Same answers as the plain-string overloads above, without recomputing forms.
bool TokensMatch(const PreparedToken& a, const PreparedToken& b);
NameMatch CompareNames(const PreparedName& a, const PreparedName& b, EntityType type);

// Places a nationality adjective may stand for, folded: "russian" ->
// {"russia"}, "japanese" -> {"japan"}, "american" -> {"united states",
// "america"}. Regular endings give guesses that only matter when a place of
// that name is known; a small table covers irregular ones. Empty if none.
std::vector<std::string> DemonymPlaces(std::string_view folded_word);

// The country inside a formal state name (NameTokens): "Republic of Turkey",
// "Islamic Republic of Iran", "People's Republic of China", "Kingdom of Saudi
// Arabia" -> the words after "of"; "Russian Federation", "Syrian Arab
// Republic" -> the places of the nationality word (DemonymPlaces). Only these
// fixed forms: "Democratic Republic of the Congo" is not "Republic of the
// Congo". Empty if `tokens` is no such name.
std::vector<std::vector<std::string>> CountriesInFormalName(const std::vector<std::string>& tokens);

// NameTokens of `surface`, plus, for a one-word place, its DemonymPlaces, for
// a formal state name its country ("Russian Federation" -> "russia",
// "Republic of Turkey" -> "turkey"), and for an organization the name without
// a leading country ("US Air Force" -> "air force"): the token lists under
// which the mention may be matched.
std::vector<std::vector<std::string>> NameVariants(std::string_view surface, EntityType type);

// A title split off the front of a person's name:
// "Russian Foreign Minister Sergey Lavrov" -> {"Russian Foreign Minister", 26}.
struct TitleSplit {
  std::string title;      // "" when the mention has no title
  size_t name_begin = 0;  // byte offset of the name inside the mention text
};
TitleSplit SplitTitle(std::string_view mention_text);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_VARIANTS_H_
