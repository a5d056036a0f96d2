// The reference scenario of ../shared/seeds/EXPECTED.md: 000, 001 and 002
// report one press conference; 003 and 004 are events of their own; all five
// are one story. Raw text as collected; publication days as stated there
// (002 and 003 have none).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cluster/days.h"
#include "cluster/event_clusterer.h"

namespace storyline {
namespace {

const std::filesystem::path kSeeds = std::filesystem::path(STORYLINE_SHARED_DIR) / "seeds";

ArticleFeatures Seed(const std::string& name, const std::string& date) {
  std::ifstream in(kSeeds / (name + ".txt"));
  std::stringstream text;
  text << in.rdbuf();
  ArticleFeatures a;
  a.id = name.substr(0, 3);
  a.text = text.str();
  a.day = date.empty() ? -1 : DayFromIso(date);
  return a;
}

TEST(SeedScenario, ThreeEventsInOneStory) {
  if (!std::filesystem::exists(kSeeds / "EXPECTED.md")) GTEST_SKIP() << "no ../shared/seeds";
  EventClusterer c;
  std::map<std::string, Assignment> got;
  got["000"] = c.Add(Seed("000_9b4cb2ec781377c7", "2020-07-08"));
  got["001"] = c.Add(Seed("001_a6d6151a75f7c49e", "2020-07-08"));
  got["002"] = c.Add(Seed("002_3d73dd3adbcc7228", ""));
  got["003"] = c.Add(Seed("003_b10da00e773b39b2", ""));
  got["004"] = c.Add(Seed("004_53a9463a541b4215", "2020-07-22"));
  c.Repair();
  std::map<std::string, std::string> event, story;
  for (const Event& e : c.Events())
    for (const std::string& id : e.articles) event[id] = e.id, story[id] = e.story;
  EXPECT_EQ(event["000"], event["001"]);
  EXPECT_EQ(event["000"], event["002"]);
  EXPECT_NE(event["003"], event["000"]);
  EXPECT_NE(event["004"], event["000"]);
  EXPECT_NE(event["003"], event["004"]);
  std::set<std::string> stories;
  for (const auto& [id, s] : story) stories.insert(s);
  EXPECT_EQ(stories.size(), 1u);
  ASSERT_EQ(c.Stories().size(), 1u);
  EXPECT_EQ(c.Stories()[0].first_date, "2020-07-08");
  EXPECT_EQ(c.Stories()[0].last_date, "2020-07-22");
  EXPECT_EQ(c.Events().size(), 3u);
}

}  // namespace
}  // namespace storyline
