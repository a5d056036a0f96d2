#include "entities/ner_conventions.h"

#include "entities/gazetteer.h"
#include "entities/ner_tags.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

bool IsCapitalizedWord(const std::string& token) { return !token.empty() && token[0] >= 'A' && token[0] <= 'Z'; }

}  // namespace

std::vector<std::string> DemonymCandidates(const std::string& place, bool bare_stems) {
  std::vector<std::string> stems = {place};
  if (place.size() > 3 && std::string("aeoy").find(place.back()) != std::string::npos) {
    stems.push_back(place.substr(0, place.size() - 1));
  }
  if (place.size() > 4 && place.substr(place.size() - 2) == "ey") stems.push_back(place.substr(0, place.size() - 2));
  std::vector<std::string> out;
  for (const std::string& stem : stems) {
    if (bare_stems) out.push_back(stem);
    for (const char* suffix : {"n", "an", "ian", "ese", "ish", "i"}) out.push_back(stem + suffix);
  }
  return out;
}

std::unordered_set<std::string> NationalityWords(const std::vector<GazetteerEntry>& places) {
  // Irregular forms, and continents (not in the country lists).
  std::unordered_set<std::string> words = {
      "british", "french", "dutch", "greek", "swiss", "welsh", "irish", "scottish", "english", "spanish",
      "danish", "swedish", "polish", "finnish", "thai", "filipino", "arab", "israeli", "european", "asian",
      "african", "american", "czech", "slovak", "peruvian", "norwegian", "cypriot", "lebanese", "kuwaiti",
      "yemeni", "saudi", "emirati", "pakistani", "afghan", "bangladeshi", "nepali", "kurdish", "palestinian"};
  std::unordered_set<std::string> names;
  for (const GazetteerEntry& e : places) {
    std::vector<Token> tokens = Tokenize(e.text);
    if (tokens.size() != 1 || !(e.kinds & (kGazCountry | kGazRegion))) continue;
    // Short subdivision names ("Al", "Mar") would derive person names ("Ali").
    if (!(e.kinds & kGazCountry) && tokens[0].norm.size() < 5) continue;
    names.insert(tokens[0].norm);
  }
  for (const std::string& name : names) {
    for (std::string& w : DemonymCandidates(name, /*bare_stems=*/false)) words.insert(std::move(w));
  }
  for (const std::string& name : names) words.erase(name);
  return words;
}

void RetagNationalities(const std::vector<std::string>& tokens, const std::unordered_set<std::string>& nationalities,
                        std::vector<std::string>* tags) {
  for (const TagSpan& span : SpansFromTags(*tags)) {
    if (span.end - span.begin != 1 || span.type == "MISC") continue;
    if (nationalities.count(Fold(tokens[span.begin]))) (*tags)[span.begin] = "B-MISC";
  }
}

void RetagFacilities(const std::vector<std::string>& tokens, std::vector<std::string>* tags) {
  static const std::unordered_set<std::string> kFacilities = {
      "airport", "museum", "center", "centre", "base", "station", "stadium", "arena", "hospital", "bridge",
      "square", "street", "road", "avenue", "palace", "hotel", "park", "hall", "tower", "building", "facility",
      "complex", "planetarium", "cathedral", "mosque", "temple", "zoo", "prison", "port", "harbor", "harbour"};
  for (const TagSpan& span : SpansFromTags(*tags)) {
    if (span.type != "ORG" || span.end - span.begin < 2) continue;
    // The facility noun is the head: last ("Kennedy Space Center") or before
    // "of" ("Museum of Flight").
    bool facility = kFacilities.count(Fold(tokens[span.end - 1])) > 0;
    for (size_t i = span.begin; i + 1 < span.end && !facility; ++i) {
      facility = tokens[i + 1] == "of" && kFacilities.count(Fold(tokens[i])) > 0;
    }
    if (!facility) continue;
    (*tags)[span.begin] = "B-LOC";
    for (size_t i = span.begin + 1; i < span.end; ++i) (*tags)[i] = "I-LOC";
  }
}

void SplitCoordinatedNames(const std::vector<std::string>& tokens, std::vector<std::string>* tags) {
  for (const TagSpan& span : SpansFromTags(*tags)) {
    if ((span.type != "ORG" && span.type != "LOC") || span.end - span.begin < 3) continue;
    size_t and_at = span.end - 2;  // "A ... and B"
    if (tokens[and_at] != "and" || !IsCapitalizedWord(tokens[span.end - 1])) continue;
    bool capitalized = true;
    for (size_t i = span.begin; i < and_at; ++i) capitalized = capitalized && IsCapitalizedWord(tokens[i]);
    if (!capitalized) continue;
    (*tags)[and_at] = "O";
    (*tags)[span.end - 1] = "B-" + span.type;
  }
}

}  // namespace storyline
