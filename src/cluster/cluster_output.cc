// ClusterState's read side: events and stories as model.h records.
#include <cstdint>

#include "cluster/cluster_state.h"
#include "cluster/days.h"

namespace storyline {

std::optional<Event> ClusterState::EventOf(uint32_t n) const {
  const EventState& e = Get(n);
  if (!e.used || e.articles.empty()) return std::nullopt;
  Event ev;
  ev.id = NumberedId('e', n);
  ev.story = NumberedId('s', e.story);
  ev.date = IsoFromDay(e.first_day);
  ev.title = e.title;
  ev.articles = e.articles;
  return ev;
}

namespace {

bool Live(const StoryState& s) { return s.used && !s.events.empty(); }

}  // namespace

std::optional<Story> ClusterState::StoryOf(uint32_t n) const {
  const StoryState& s = stories_.Get(n);
  if (!Live(s)) return std::nullopt;
  Story story;
  story.id = NumberedId('s', n);
  story.first_date = IsoFromDay(s.first_day);
  story.last_date = IsoFromDay(s.last_day);
  size_t largest = 0;
  for (uint32_t e : s.events) {
    story.events.push_back(NumberedId('e', e));
    const EventState& ev = Get(e);
    if (ev.articles.size() > largest && !ev.title.empty()) largest = ev.articles.size(), story.title = ev.title;
  }
  return story;
}

std::vector<Event> ClusterState::Events() const {
  std::vector<Event> out;
  for (uint32_t n = 1; n <= events_.size(); ++n) {
    if (std::optional<Event> e = EventOf(n)) out.push_back(std::move(*e));
  }
  return out;
}

std::vector<Story> ClusterState::Stories() const {
  std::vector<Story> out;
  for (uint32_t n = 1; n <= stories_.size(); ++n) {
    if (std::optional<Story> s = StoryOf(n)) out.push_back(std::move(*s));
  }
  return out;
}

std::optional<Event> ClusterState::EventById(const std::string& id) const {
  uint32_t n = ParseNumberedId(id, 'e');
  if (n == 0 || n > events_.size()) return std::nullopt;
  return EventOf(n);
}

bool ClusterState::HasStory(const std::string& id) const {
  uint32_t n = ParseNumberedId(id, 's');
  return n != 0 && n <= stories_.size() && Live(stories_.Get(n));
}

std::optional<Story> ClusterState::StoryById(const std::string& id) const {
  uint32_t n = ParseNumberedId(id, 's');
  if (n == 0 || n > stories_.size()) return std::nullopt;
  return StoryOf(n);
}

}  // namespace storyline
