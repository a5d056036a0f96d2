// Names with a coordination inside: "the Securities and Exchange Commission",
// "the National Air and Space Museum", "the Department of Health and Human
// Services". A tagger trained on little such text ends the name at "and" or
// starts it after; this rule joins the parts back into one name.
#ifndef STORYLINE_ENTITIES_NER_COORDINATED_H_
#define STORYLINE_ENTITIES_NER_COORDINATED_H_

#include <string_view>
#include <vector>

#include "entities/gazetteer.h"

namespace storyline {

// True for nouns that head an institution's or a facility's name
// ("commission", "museum", "services", "center").
bool IsInstitutionNoun(std::string_view folded);

// Joins "A and B" (or "A & B") into one name of B's type when B is an
// organization or place of 2+ tokens ending in an institution noun, A is
// capitalized words (tagged or not, but no person) that do not, and the words
// on both sides of the conjunction are ordinary words (kGazCommonWord: seen
// in lower case). Two names side by side ("Barclays and Lloyds Banking
// Group", "France and Germany") keep apart: the words next to their "and"
// are names, not ordinary words, and A must not be a place the gazetteer
// knows. `raw` and `folded` are one sentence's tokens; `tags` their tag ids
// (ner_tags.h), changed in place.
void JoinCoordinatedNameParts(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                              const Gazetteer& gazetteer, std::vector<int>* tags);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_COORDINATED_H_
