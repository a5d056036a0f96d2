#include "cluster/event_clusterer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "cluster/days.h"

namespace storyline {
namespace {

ArticleFeatures Make(const std::string& id, const std::string& outlet, const std::string& text,
                     const std::string& date = "") {
  ArticleFeatures a;
  a.id = id;
  a.outlet = outlet;
  a.text = text;
  a.day = date.empty() ? -1 : DayFromIso(date);
  return a;
}

// Two earthquakes: shared vocabulary (earthquake, magnitude, killed, rescue),
// different places, numbers, years and people.
const char* kQuakeA1 =
    "Strong earthquake hits Sumatra\nA magnitude 7.6 earthquake struck off the coast of Sumatra near "
    "Padang on Wednesday, killing at least 529 people. Indonesian officials said rescue teams were "
    "searching collapsed hotels in Padang. President Susilo Bambang Yudhoyono flew to Padang in 2009.";
const char* kQuakeA2 =
    "Padang earthquake death toll rises\nThe death toll from the 7.6 magnitude quake that struck "
    "Sumatra rose to 529, officials in Padang said. Rescue workers in Padang dug through the rubble "
    "of hotels. Yudhoyono visited the West Sumatra capital Padang.";
const char* kQuakeA3 =
    "Sumatra quake: rescuers search Padang rubble\nIndonesian rescuers searched the ruins of Padang "
    "after the magnitude 7.6 earthquake off Sumatra killed 529. Yudhoyono promised help for Padang.";
const char* kQuakeB1 =
    "Earthquake strikes northwest Iran\nA magnitude 6.4 earthquake struck near Tabriz and Ahar in "
    "northwest Iran on Saturday, killing at least 306 people. Iranian officials said rescue teams "
    "searched villages around Ahar. The Iranian Red Crescent sent tents to Tabriz in 2012.";
const char* kQuakeB2 =
    "Iran quake toll reaches 306\nThe twin quakes of magnitude 6.4 near Ahar and Tabriz killed 306, "
    "the Iranian Red Crescent said. Rescue workers in Ahar searched destroyed villages near Tabriz.";
const char* kQuakeB3 =
    "Tabriz hospitals overwhelmed after Iran earthquake\nHospitals in Tabriz treated the injured after "
    "the 6.4 earthquake near Ahar killed 306 in northwest Iran. The Red Crescent set up camps in Ahar.";

std::map<std::string, std::string> EventOf(const EventClusterer& c) {
  std::map<std::string, std::string> out;
  for (const Event& e : c.Events())
    for (const std::string& id : e.articles) out[id] = e.id;
  return out;
}

TEST(EventClusterer, TwoSimilarEarthquakesStayApartAndParaphrasesJoin) {
  EventClusterer c;
  c.Add(Make("a1", "x", kQuakeA1));
  c.Add(Make("b1", "y", kQuakeB1));
  c.Add(Make("a2", "z", kQuakeA2));
  c.Add(Make("b2", "w", kQuakeB2));
  c.Add(Make("a3", "v", kQuakeA3));
  c.Add(Make("b3", "u", kQuakeB3));
  auto ev = EventOf(c);
  EXPECT_EQ(ev["a1"], ev["a2"]);
  EXPECT_EQ(ev["a1"], ev["a3"]);
  EXPECT_EQ(ev["b1"], ev["b2"]);
  EXPECT_EQ(ev["b1"], ev["b3"]);
  EXPECT_NE(ev["a1"], ev["b1"]);
  EXPECT_EQ(c.Events().size(), 2u);
}

TEST(EventClusterer, IdsAreGivenInOrderAndStayStable) {
  EventClusterer c;
  Assignment first = c.Add(Make("a1", "x", kQuakeA1));
  EXPECT_EQ(first.event, "e1");
  EXPECT_EQ(first.story, "s1");
  EXPECT_TRUE(first.new_event);
  EXPECT_TRUE(first.new_story);
  Assignment second = c.Add(Make("b1", "y", kQuakeB1));
  EXPECT_EQ(second.event, "e2");
  EXPECT_TRUE(second.new_event);
  Assignment join = c.Add(Make("a2", "z", kQuakeA2));
  EXPECT_EQ(join.event, "e1");
  EXPECT_FALSE(join.new_event);
  c.Add(Make("b2", "w", kQuakeB2));
  auto ev = EventOf(c);
  EXPECT_EQ(ev["a1"], "e1");
  EXPECT_EQ(ev["b1"], "e2");
}

TEST(EventClusterer, RestoreKeepsIdsAndAddContinuesNumbering) {
  EventClusterer c;
  c.Restore(Make("a1", "x", kQuakeA1), "e7", "s3");
  c.Restore(Make("a2", "z", kQuakeA2), "e7", "s3");
  Assignment joined = c.Add(Make("a3", "v", kQuakeA3));
  EXPECT_EQ(joined.event, "e7");
  EXPECT_EQ(joined.story, "s3");
  Assignment fresh = c.Add(Make("b1", "y", kQuakeB1));
  EXPECT_EQ(fresh.event, "e8");
  EXPECT_TRUE(fresh.new_event);
  std::vector<Event> events = c.Events();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].id, "e7");
  EXPECT_EQ(events[0].articles, (std::vector<std::string>{"a1", "a2", "a3"}));
}

TEST(EventClusterer, DuplicateJoinsItsOriginalsEvent) {
  EventClusterer c;
  c.Add(Make("a1", "x", kQuakeA1));
  c.Add(Make("b1", "y", kQuakeB1));
  ArticleFeatures copy = Make("copy", "q", kQuakeA1);
  copy.duplicate_of = "b1";  // whatever the text says, a copy goes with its original
  Assignment a = c.Add(copy);
  EXPECT_EQ(a.event, "e2");
  EXPECT_FALSE(a.new_event);
}

TEST(EventClusterer, SameOutletArticlesNeedToUpdateEachOther) {
  ClusterOptions strict;
  strict.update_similarity = 0.99;  // only a near-identical text counts as an update
  EventClusterer same_outlet(strict);
  same_outlet.Add(Make("a1", "bbc", kQuakeA1));
  Assignment a2 = same_outlet.Add(Make("a2", "bbc", kQuakeA2));
  EXPECT_TRUE(a2.new_event);
  EventClusterer other_outlets(strict);
  other_outlets.Add(Make("a1", "bbc", kQuakeA1));
  EXPECT_FALSE(other_outlets.Add(Make("a2", "cnn", kQuakeA2)).new_event);
}

TEST(EventClusterer, UnknownDatesJoinWithoutDecayButDistantDaysDoNot) {
  EventClusterer c;
  c.Add(Make("a1", "x", kQuakeA1, "2009-09-30"));
  EXPECT_FALSE(c.Add(Make("a2", "y", kQuakeA2)).new_event);  // no date: no decay
  EXPECT_TRUE(c.Add(Make("a3", "z", kQuakeA3, "2010-03-30")).new_event);  // six months on
  std::vector<Event> events = c.Events();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].date, "2009-09-30");
}

TEST(EventClusterer, RepairMergesEventsAndKeepsTheLargerId) {
  ClusterOptions o;
  o.event_threshold = 0.95;  // every article starts its own event
  o.merge_threshold = 0.15;
  EventClusterer c(o);
  c.Add(Make("a1", "x", kQuakeA1));
  c.Add(Make("b1", "y", kQuakeB1));
  c.Add(Make("a2", "z", kQuakeA2));
  ASSERT_EQ(c.Events().size(), 3u);
  auto changes = c.Repair();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0], (std::pair<std::string, std::string>{"a2", "e1"}));
  auto ev = EventOf(c);
  EXPECT_EQ(ev["a1"], "e1");
  EXPECT_EQ(ev["a2"], "e1");
  EXPECT_EQ(ev["b1"], "e2");  // untouched
}

// EventById, StoryById and HasStory answer as Events() and Stories() list,
// also after repair merged an event (and perhaps its story) away.
TEST(EventClusterer, GroupsById) {
  ClusterOptions o;
  o.event_threshold = 0.95;
  o.merge_threshold = 0.15;
  EventClusterer c(o);
  c.Add(Make("a1", "x", kQuakeA1));
  c.Add(Make("b1", "y", kQuakeB1));
  c.Add(Make("a2", "z", kQuakeA2));
  c.Repair();
  std::vector<Event> events = c.Events();
  ASSERT_EQ(events.size(), 2u);
  for (const Event& e : events) {
    std::optional<Event> by_id = c.EventById(e.id);
    ASSERT_TRUE(by_id.has_value()) << e.id;
    EXPECT_EQ(by_id->articles, e.articles);
    EXPECT_EQ(by_id->story, e.story);
  }
  EXPECT_FALSE(c.EventById("e3").has_value());  // merged into e1
  std::vector<Story> stories = c.Stories();
  for (const Story& s : stories) {
    EXPECT_TRUE(c.HasStory(s.id));
    ASSERT_TRUE(c.StoryById(s.id).has_value());
    EXPECT_EQ(c.StoryById(s.id)->events, s.events);
  }
  for (uint32_t n = 1; n <= 4; ++n) {
    std::string id = "s";
    id += std::to_string(n);
    bool listed = std::any_of(stories.begin(), stories.end(), [&](const Story& s) { return s.id == id; });
    EXPECT_EQ(c.HasStory(id), listed) << id;
    EXPECT_EQ(c.StoryById(id).has_value(), listed) << id;
  }
  EXPECT_FALSE(c.HasStory("s0"));
  EXPECT_FALSE(c.HasStory("e1"));
}

TEST(EventClusterer, RepairSplitsAnEventHoldingTwoHappenings) {
  ClusterOptions o;
  o.event_threshold = 0.0;  // the online pass puts everything in one event
  o.split_min_side = 3;
  o.split_threshold = 0.5;
  EventClusterer c(o);
  for (const auto& [id, text] : std::vector<std::pair<std::string, const char*>>{
           {"a1", kQuakeA1}, {"b1", kQuakeB1}, {"a2", kQuakeA2}, {"b2", kQuakeB2}, {"a3", kQuakeA3},
           {"b3", kQuakeB3}})
    c.Add(Make(id, "", text));
  ASSERT_EQ(c.Events().size(), 1u);
  auto changes = c.Repair();
  auto ev = EventOf(c);
  EXPECT_EQ(ev["a1"], "e1");  // the side holding the first member keeps the id
  EXPECT_EQ(ev["a2"], "e1");
  EXPECT_EQ(ev["a3"], "e1");
  EXPECT_EQ(ev["b1"], "e2");
  EXPECT_EQ(ev["b2"], "e2");
  EXPECT_EQ(ev["b3"], "e2");
  EXPECT_EQ(changes.size(), 3u);
  EXPECT_EQ(c.Events()[1].story, c.Events()[0].story);  // a split stays in its story
}

TEST(EventClusterer, StoriesCarryTitleAndDateSpan) {
  EventClusterer c;
  c.Add(Make("a1", "x", kQuakeA1, "2009-09-30"));
  c.Add(Make("a2", "y", kQuakeA2, "2009-10-01"));
  std::vector<Story> stories = c.Stories();
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].title, "Strong earthquake hits Sumatra");
  EXPECT_EQ(stories[0].first_date, "2009-09-30");
  EXPECT_EQ(stories[0].last_date, "2009-10-01");
  EXPECT_EQ(stories[0].events, std::vector<std::string>{"e1"});
}

TEST(EventClusterer, MemoryGrowsWithArticles) {
  EventClusterer c;
  size_t empty = c.MemoryBytes();
  c.Add(Make("a1", "x", kQuakeA1));
  EXPECT_GT(c.MemoryBytes(), empty);
}

}  // namespace
}  // namespace storyline
