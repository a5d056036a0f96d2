// Mapping the data sets' naming conventions onto the tagger's (CoNLL-2003
// style: names of persons, organizations and places; nationalities and other
// names are MISC). MEANTIME marks "Australian" in "Australian government" as
// a place and a coordination "Canada and Ontario" as one mention; CoNLL and
// the other data sets do not, and mixed conventions teach the tagger noise.
#ifndef STORYLINE_ENTITIES_NER_CONVENTIONS_H_
#define STORYLINE_ENTITIES_NER_CONVENTIONS_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "entities/gazetteer_sources.h"

namespace storyline {

// Nationality words a one-word place name may form ("libya" -> "libyan",
// "egypt" -> "egyptian", "china" -> "chinese", "turkey" -> "turkish": its
// stems, "libya"/"liby", "turkey"/"turk", with -n, -an, -ian, -ese, -ish, -i);
// with `bare_stems`, each stem itself first ("turk"). Most are not words.
std::vector<std::string> DemonymCandidates(const std::string& place, bool bare_stems);

// Folded nationality words ("japanese", "australian", "turkish", "british")
// derived from the one-word countries and regions of `places` (-n, -an, -ian,
// -ese, -ish, -i) plus irregular ones, minus the place names themselves.
std::unordered_set<std::string> NationalityWords(const std::vector<GazetteerEntry>& places);

// A one-token PER/ORG/LOC name that is a nationality word becomes MISC.
void RetagNationalities(const std::vector<std::string>& tokens, const std::unordered_set<std::string>& nationalities,
                        std::vector<std::string>* tags);

// An ORG name headed by a facility noun ("Kennedy Space Center", "Museum of
// Flight") becomes LOC: CoNLL-2003 and
// GUM count museums, airports, stadiums and bases as places, CrossNER and
// EWT often as organizations.
void RetagFacilities(const std::vector<std::string>& tokens, std::vector<std::string>* tags);

// Splits an ORG or LOC name of the form "A and B", B one capitalized token,
// into two names of that type ("General Motors and Chrysler").
void SplitCoordinatedNames(const std::vector<std::string>& tokens, std::vector<std::string>* tags);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_CONVENTIONS_H_
