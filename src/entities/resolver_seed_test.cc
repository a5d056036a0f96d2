// The reference scenario (../shared/seeds/EXPECTED.md): the five Libya reports
// resolved with hand-made mentions must give every listed merge and no wrong one.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "entities/resolve_test_seeds.h"
#include "entities/resolver.h"

namespace storyline {
namespace {

class SeedResolution : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<testing::SeedArticle> seeds = testing::ReadSeeds(STORYLINE_SHARED_DIR);
    if (seeds.empty()) GTEST_SKIP() << "no seeds in " << STORYLINE_SHARED_DIR;
    for (testing::SeedArticle& a : seeds) {
      resolver_.AddArticle(a.id, a.text, &a.mentions);
      for (const Mention& x : a.mentions) by_surface_[x.text].insert(x.entity);
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
