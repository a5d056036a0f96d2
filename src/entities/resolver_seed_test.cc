// The reference scenario (../shared/seeds/EXPECTED.md): the five Libya reports
// resolved with hand-made mentions must give every listed merge and no wrong one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "entities/resolve_test_mentions.h"
#include "entities/resolver.h"

namespace storyline {
namespace {

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kPlace;

const std::vector<std::pair<std::string, EntityType>>& SeedNames() {
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

class SeedResolution : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::path dir = std::filesystem::path(STORYLINE_SHARED_DIR) / "seeds";
    if (!std::filesystem::exists(dir / "EXPECTED.md")) GTEST_SKIP() << "no seeds at " << dir;
    std::set<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.insert(e.path());
    }
    for (const auto& path : files) {
      std::ifstream in(path);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string id = path.stem().string().substr(0, 3);
      std::string text = ss.str();
      std::vector<Mention> m = testing::MentionsOf(id, text, SeedNames());
      resolver_.AddArticle(id, text, &m);
      for (const Mention& x : m) by_surface_[x.text].insert(x.entity);
    }
  }

  // The one entity every mention written `surface` resolved to.
  std::string EntityOf(const std::string& surface) {
    const auto& ids = by_surface_[surface];
    EXPECT_EQ(ids.size(), 1u) << surface;
    return ids.empty() ? "<none: " + surface + ">" : *ids.begin();
  }

  void ExpectSame(const std::vector<std::string>& surfaces) {
    for (const std::string& s : surfaces) EXPECT_EQ(EntityOf(s), EntityOf(surfaces[0])) << s;
  }

  EntityResolver resolver_;
  std::map<std::string, std::set<std::string>> by_surface_;
};

TEST_F(SeedResolution, MergesEveryListedVariant) {
  ExpectSame({"Sergey Lavrov", "Sergei Lavrov", "Lavrov"});
  ExpectSame({"Fayez al-Sarraj", "Fayez Sarraj", "Faiz Sarraj", "Sarraj", "[Fayez] Sarraj"});
  ExpectSame({"Khalifa Haftar", "Haftar", "[Khalifa] Haftar"});
  ExpectSame({"Aguila Saleh Issa", "[Aguila] Saleh"});
  ExpectSame({"Government of National Accord", "GNA"});
  ExpectSame({"Libyan National Army", "LNA"});
  ExpectSame({"UN Security Council", "UNSC"});
}

TEST_F(SeedResolution, MakesNoWrongMerge) {
  EXPECT_NE(EntityOf("Aguila Saleh Issa"), EntityOf("Abdullah Abdurrahman al-Thani"));
  EXPECT_NE(EntityOf("Sergey Lavrov"), EntityOf("Sergey Vershinin"));
  EXPECT_NE(EntityOf("Libya"), EntityOf("Libyan National Army"));
  std::set<std::string> names;
  for (const Entity& e : resolver_.Entities()) {
    EXPECT_TRUE(names.insert(e.name).second) << "two entities named " << e.name;
  }
  // 11 people, 5 organizations, 14 places in the name list.
  EXPECT_EQ(resolver_.Entities().size(), 11u + 5u + 14u);
}

TEST_F(SeedResolution, KeepsTitlesApartFromNames) {
  const Entity* haftar = resolver_.Find(EntityOf("Khalifa Haftar"));
  ASSERT_NE(haftar, nullptr);
  EXPECT_EQ(haftar->name, "Khalifa Haftar");
  std::set<std::string> titles(haftar->titles.begin(), haftar->titles.end());
  EXPECT_TRUE(titles.count("Commander"));
  EXPECT_TRUE(titles.count("Field Marshal"));
  const Entity* lavrov = resolver_.Find(EntityOf("Lavrov"));
  ASSERT_NE(lavrov, nullptr);
  EXPECT_EQ(lavrov->name, "Sergey Lavrov");
  EXPECT_EQ(resolver_.Find(EntityOf("Fayez al-Sarraj"))->name, "Fayez al-Sarraj");
}

}  // namespace
}  // namespace storyline
