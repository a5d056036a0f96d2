// The reference scenario (../shared/seeds/EXPECTED.md): five reports of
// Russia-Turkey diplomacy over Libya, run through the timeline builder and
// the event-date estimate with the project's date tagger.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "common/env.h"
#include "timeline/default_tagger.h"
#include "timeline/event_date.h"
#include "timeline/timeline_builder.h"

namespace storyline {
namespace {

const std::string kSeeds = std::string(STORYLINE_SHARED_DIR) + "/seeds/";

// Publication dates as the extract stage finds them; 002's year comes from
// the other reports of its event, 003 has none.
std::vector<TimelineInput> LoadSeeds() {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"000_9b4cb2ec781377c7", "2020-07-08"}, {"001_a6d6151a75f7c49e", "2020-07-08"},
      {"002_3d73dd3adbcc7228", "2020"},       {"003_b10da00e773b39b2", ""},
      {"004_53a9463a541b4215", "2020-07-22"}};
  auto fs = NewDiskFileSystem();
  std::vector<TimelineInput> out;
  for (const auto& [id, published] : files) {
    Result<std::string> text = fs->ReadFile(kSeeds + id + ".txt");
    if (!text.ok()) return {};
    out.push_back({id, published, std::move(text).value(), {}});
  }
  return out;
}

const TimelineEntry* Find(const std::vector<TimelineEntry>& timeline, const std::string& date) {
  auto it = std::find_if(timeline.begin(), timeline.end(),
                         [&](const TimelineEntry& e) { return e.date == date; });
  return it == timeline.end() ? nullptr : &*it;
}

TEST(SeedTimeline, ThePressConferenceDayCitesItsThreeReports) {
  std::vector<TimelineInput> seeds = LoadSeeds();
  if (seeds.empty()) GTEST_SKIP() << "../shared/seeds is absent";
  TimelineOptions options;
  options.max_dates = 4;
  auto timeline = BuildTimeline(seeds, DefaultDateTagger(), options);
  const TimelineEntry* july8 = Find(timeline, "2020-07-08");
  ASSERT_NE(july8, nullptr);
  EXPECT_EQ(july8->articles, (std::vector<std::string>{"000_9b4cb2ec781377c7", "001_a6d6151a75f7c49e",
                                                        "002_3d73dd3adbcc7228"}));
  EXPECT_NE(Find(timeline, "2020-07-22"), nullptr);
  const TimelineEntry* berlin = Find(timeline, "2020-01-19");  // background, named by 000 only
  ASSERT_NE(berlin, nullptr);
  EXPECT_EQ(berlin->articles, std::vector<std::string>{"000_9b4cb2ec781377c7"});
  EXPECT_TRUE(std::is_sorted(timeline.begin(), timeline.end(),
                             [](const auto& a, const auto& b) { return a.date < b.date; }));
}

TEST(SeedTimeline, EventDatesAreTheReportedDays) {
  std::vector<TimelineInput> seeds = LoadSeeds();
  if (seeds.empty()) GTEST_SKIP() << "../shared/seeds is absent";
  auto tagger = DefaultDateTagger();
  EXPECT_EQ(EstimateEventDate({seeds[0], seeds[1], seeds[2]}, tagger).date, "2020-07-08");
  EXPECT_EQ(EstimateEventDate({seeds[4]}, tagger).date.substr(0, 7), "2020-07");
  std::string call = EstimateEventDate({seeds[3]}, tagger).date;
  EXPECT_EQ(call.size() == 10, false) << "003 has no anchor; its day must not be invented: " << call;
}

}  // namespace
}  // namespace storyline
