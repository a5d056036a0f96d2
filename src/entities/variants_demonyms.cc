// DemonymPlaces and NameVariants (declared in variants.h): tagged nationality
// adjectives ("Russian", "Japanese") name their country in MEANTIME-style
// annotation, so they are matched against place names.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "entities/variants.h"

namespace storyline {
namespace {

const std::unordered_map<std::string_view, std::vector<std::string_view>>& Irregular() {
  static const std::unordered_map<std::string_view, std::vector<std::string_view>> kTable = {
      {"american", {"united states", "america"}}, {"british", {"united kingdom", "britain"}},
      {"french", {"france"}}, {"german", {"germany"}}, {"chinese", {"china"}},
      {"canadian", {"canada"}}, {"turkish", {"turkey"}}, {"dutch", {"netherlands"}},
      {"swiss", {"switzerland"}}, {"greek", {"greece"}}, {"irish", {"ireland"}},
      {"spanish", {"spain"}}, {"polish", {"poland"}}, {"swedish", {"sweden"}},
      {"danish", {"denmark"}}, {"saudi", {"saudi arabia"}}, {"afghan", {"afghanistan"}},
      {"filipino", {"philippines"}}, {"thai", {"thailand"}}, {"welsh", {"wales"}},
      {"scottish", {"scotland"}}, {"english", {"england"}}, {"norwegian", {"norway"}},
      {"ukrainian", {"ukraine"}}, {"belgian", {"belgium"}}, {"portuguese", {"portugal"}},
      {"lebanese", {"lebanon"}}, {"emirati", {"united arab emirates"}},
      {"palestinian", {"palestine"}}, {"hungarian", {"hungary"}}, {"czech", {"czech republic"}},
      {"italian", {"italy"}}, {"maltese", {"malta"}}, {"moroccan", {"morocco"}},
      {"peruvian", {"peru"}}, {"argentine", {"argentina"}}, {"argentinian", {"argentina"}},
      {"mexican", {"mexico"}}, {"icelandic", {"iceland"}}, {"finnish", {"finland"}},
      {"kurdish", {"kurdistan"}}, {"uzbek", {"uzbekistan"}}, {"kazakh", {"kazakhstan"}}};
  return kTable;
}

}  // namespace

std::vector<std::string> DemonymPlaces(std::string_view w) {
  std::vector<std::string> out;
  if (auto it = Irregular().find(w); it != Irregular().end()) {
    for (std::string_view p : it->second) out.emplace_back(p);
    return out;
  }
  if (w.size() < 5) return out;
  // "egyptian" -> egypt, "european" -> europe, "russian" -> russia,
  // "japanese" -> japan, "iraqi" -> iraq, "somali" -> somalia.
  for (std::string_view suffix : {"ian", "an", "n", "ese", "i"}) {
    if (w.ends_with(suffix)) out.emplace_back(w.substr(0, w.size() - suffix.size()));
  }
  if (w.ends_with("i")) out.emplace_back(std::string(w) + "a");
  return out;
}

namespace {

// Leading words that place an organization in a country: "US Air Force",
// "U.S. Federal Reserve", "British Airways Group" (how many words to drop).
size_t CountryPrefixWords(const std::vector<std::string>& tokens) {
  if (tokens.size() >= 4 && tokens[0] == "united" && (tokens[1] == "states" || tokens[1] == "kingdom")) {
    return 2;
  }
  static const std::unordered_map<std::string_view, int> kShort = {
      {"us", 1}, {"uk", 1}, {"eu", 1}};
  if (kShort.count(tokens[0]) || Irregular().count(tokens[0])) return 1;
  return 0;
}

}  // namespace

std::vector<std::vector<std::string>> CountriesInFormalName(const std::vector<std::string>& tokens) {
  static const std::vector<std::vector<std::string_view>> kPrefixes = {
      {"republic", "of"}, {"kingdom", "of"}, {"state", "of"}, {"islamic", "republic", "of"},
      {"people", "republic", "of"}, {"federal", "republic", "of"}, {"commonwealth", "of"},
      {"sultanate", "of"}, {"principality", "of"}, {"grand", "duchy", "of"}, {"union", "of"}};
  std::vector<std::vector<std::string>> out;
  for (const auto& prefix : kPrefixes) {
    if (tokens.size() <= prefix.size() || !std::equal(prefix.begin(), prefix.end(), tokens.begin())) continue;
    std::vector<std::string> rest(tokens.begin() + static_cast<std::ptrdiff_t>(prefix.size()), tokens.end());
    if (rest.size() > 1 && rest.front() == "the") rest.erase(rest.begin());
    out.push_back(std::move(rest));
    return out;
  }
  bool federation = tokens.size() == 2 && tokens[1] == "federation";
  bool arab_republic = tokens.size() == 3 && tokens[1] == "arab" && tokens[2] == "republic";
  if (federation || arab_republic) {
    for (const std::string& place : DemonymPlaces(tokens[0])) out.push_back(NameTokens(place));
  }
  return out;
}

namespace {

// The US state a newswire abbreviation names ("Fla." in "Pensacola, Fla."),
// or "". Only written with a capital and lower case, and only those of three
// letters or more: "La" folds to the key of "LA" (Los Angeles), "Va" to "VA".
std::string_view StateOfAbbreviation(std::string_view surface) {
  static const std::unordered_map<std::string_view, std::string_view> kStates = {
      {"Ala", "alabama"},     {"Ariz", "arizona"},     {"Ark", "arkansas"},   {"Calif", "california"},
      {"Colo", "colorado"},   {"Conn", "connecticut"}, {"Del", "delaware"},   {"Fla", "florida"},
      {"Ill", "illinois"},    {"Ind", "indiana"},      {"Kan", "kansas"},     {"Kans", "kansas"},
      {"Mass", "massachusetts"}, {"Mich", "michigan"}, {"Minn", "minnesota"}, {"Miss", "mississippi"},
      {"Mont", "montana"},    {"Neb", "nebraska"},     {"Nev", "nevada"},     {"Okla", "oklahoma"},
      {"Ore", "oregon"},      {"Penn", "pennsylvania"}, {"Tenn", "tennessee"}, {"Tex", "texas"},
      {"Wash", "washington"}, {"Wis", "wisconsin"},    {"Wyo", "wyoming"}};
  if (!surface.empty() && surface.back() == '.') surface.remove_suffix(1);
  auto it = kStates.find(surface);
  return it == kStates.end() ? std::string_view() : it->second;
}

}  // namespace

std::vector<std::vector<std::string>> NameVariants(std::string_view surface, EntityType type) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> tokens = NameTokens(surface);
  if (tokens.empty()) return out;
  if (type == EntityType::kPlace && tokens.size() == 1) {
    for (const std::string& place : DemonymPlaces(tokens[0])) out.push_back(NameTokens(place));
    std::string_view state = StateOfAbbreviation(surface);
    if (!state.empty()) out.push_back({std::string(state)});
  }
  if (type == EntityType::kPlace && tokens.size() >= 2) {
    for (auto& country : CountriesInFormalName(tokens)) out.push_back(std::move(country));
  }
  if (type == EntityType::kOrganization && tokens.size() >= 3) {
    size_t drop = CountryPrefixWords(tokens);
    if (drop > 0 && tokens.size() - drop >= 2) out.emplace_back(tokens.begin() + drop, tokens.end());
  }
  out.insert(out.begin(), std::move(tokens));
  return out;
}

}  // namespace storyline
