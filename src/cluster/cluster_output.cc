// ClusterState's read side: events and stories as model.h records.
#include <cstdint>

#include "cluster/cluster_state.h"
#include "cluster/days.h"

namespace storyline {

std::vector<Event> ClusterState::Events() const {
  std::vector<Event> out;
  for (uint32_t n = 1; n <= events_.size(); ++n) {
    const EventState& e = Get(n);
    if (!e.used || e.articles.empty()) continue;
    Event ev;
    ev.id = "e" + std::to_string(n);
    ev.story = "s" + std::to_string(e.story);
    ev.date = IsoFromDay(e.first_day);
    ev.title = e.title;
    ev.articles = e.articles;
    out.push_back(std::move(ev));
  }
  return out;
}

std::vector<Story> ClusterState::Stories() const {
  std::vector<Story> out;
  for (uint32_t n = 1; n <= stories_.size(); ++n) {
    const StoryState& s = stories_.Get(n);
    if (!s.used || s.events.empty()) continue;
    Story story;
    story.id = "s" + std::to_string(n);
    story.first_date = IsoFromDay(s.first_day);
    story.last_date = IsoFromDay(s.last_day);
    size_t largest = 0;
    for (uint32_t e : s.events) {
      story.events.push_back("e" + std::to_string(e));
      const EventState& ev = Get(e);
      if (ev.articles.size() > largest && !ev.title.empty()) largest = ev.articles.size(), story.title = ev.title;
    }
    out.push_back(std::move(story));
  }
  return out;
}

}  // namespace storyline
