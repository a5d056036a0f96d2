// Test helper: the five seed articles of ../shared/seeds with hand-made
// mentions of every name EXPECTED.md lists (no tagger needed).
#ifndef STORYLINE_ENTITIES_RESOLVE_TEST_SEEDS_H_
#define STORYLINE_ENTITIES_RESOLVE_TEST_SEEDS_H_

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "entities/resolve_test_mentions.h"

namespace storyline::testing {

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kPlace;

inline const std::vector<std::pair<std::string, EntityType>>& SeedNames() {
  static const std::vector<std::pair<std::string, EntityType>> kNames = {
      {"Russian Foreign Minister Sergey Lavrov", kPer}, {"Sergey Lavrov", kPer},
      {"Russian Foreign Minister Sergei Lavrov", kPer}, {"Lavrov", kPer},
      {"Fayez al-Sarraj", kPer}, {"Fayez Sarraj", kPer}, {"Faiz Sarraj", kPer},
      {"[Fayez] Sarraj", kPer}, {"Sarraj", kPer}, {"Commander Khalifa Haftar", kPer},
      {"Field Marshal Khalifa Haftar", kPer}, {"Khalifa Haftar", kPer}, {"[Khalifa] Haftar", kPer},
      {"Haftar", kPer}, {"Aguila Saleh Issa", kPer}, {"[Aguila] Saleh", kPer},
      {"Abdullah Abdurrahman al-Thani", kPer}, {"Mevlut Cavusoglu", kPer},
      {"Turkish President Recep Tayyip Erdogan", kPer}, {"Russian President Vladimir Putin", kPer},
      {"Deputy Foreign Minister Sergey Vershinin", kPer}, {"Deputy Foreign Minister Sedat Onal", kPer},
      {"Muammar Gaddafi", kPer}, {"Government of National Accord", kOrg}, {"GNA", kOrg},
      {"Libyan National Army", kOrg}, {"LNA", kOrg}, {"UN Security Council", kOrg}, {"UNSC", kOrg},
      {"Russian Foreign Ministry", kOrg}, {"NATO", kOrg}, {"Libya", kLoc}, {"Tripoli", kLoc},
      {"Tobruk", kLoc}, {"Russia", kLoc}, {"Moscow", kLoc}, {"Turkey", kLoc}, {"Ankara", kLoc},
      {"Berlin", kLoc}, {"Geneva", kLoc}, {"Egypt", kLoc}, {"South Africa", kLoc},
      {"Democratic Republic of the Congo", kLoc}, {"Syria", kLoc}, {"Nagorno-Karabakh", kLoc}};
  return kNames;
}

struct SeedArticle {
  std::string id;  // "000".."004"
  std::string text;
  std::vector<Mention> mentions;  // unresolved
};

// The seeds in file order, or nothing when `shared_dir`/seeds is absent.
inline std::vector<SeedArticle> ReadSeeds(const std::string& shared_dir) {
  std::filesystem::path dir = std::filesystem::path(shared_dir) / "seeds";
  std::vector<SeedArticle> out;
  if (!std::filesystem::exists(dir / "EXPECTED.md")) return out;
  std::set<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") files.insert(e.path());
  }
  for (const auto& path : files) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    SeedArticle a;
    a.id = path.stem().string().substr(0, 3);
    a.text = ss.str();
    a.mentions = MentionsOf(a.id, a.text, SeedNames());
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace storyline::testing

#endif  // STORYLINE_ENTITIES_RESOLVE_TEST_SEEDS_H_
