#include "cluster/event_clusterer.h"

#include "cluster/cluster_state.h"

namespace storyline {

EventClusterer::EventClusterer(ClusterOptions options)
    : state_(std::make_unique<ClusterState>(options)) {}
EventClusterer::~EventClusterer() = default;
EventClusterer::EventClusterer(EventClusterer&&) noexcept = default;
EventClusterer& EventClusterer::operator=(EventClusterer&&) noexcept = default;

Assignment EventClusterer::Add(const ArticleFeatures& article) {
  return state_->Add(article, ExtractTerms(article));
}

Assignment EventClusterer::AddWithTerms(const ArticleFeatures& article, const ChannelTerms& terms) {
  return state_->Add(article, terms);
}

void EventClusterer::LearnTerms(const ChannelTerms& terms) { state_->LearnTerms(terms); }

void EventClusterer::Restore(const ArticleFeatures& article, const std::string& event,
                             const std::string& story) {
  uint32_t e = ParseNumberedId(event, 'e'), s = ParseNumberedId(story, 's');
  if (e == 0 || s == 0) {
    state_->Add(article, ExtractTerms(article));
    return;
  }
  state_->Restore(article, e, s);
}

std::vector<std::pair<std::string, std::string>> EventClusterer::Repair() { return state_->Repair(); }
std::vector<Event> EventClusterer::Events() const { return state_->Events(); }
std::vector<Story> EventClusterer::Stories() const { return state_->Stories(); }
std::optional<Event> EventClusterer::EventById(const std::string& id) const { return state_->EventById(id); }
std::optional<Story> EventClusterer::StoryById(const std::string& id) const { return state_->StoryById(id); }
bool EventClusterer::HasStory(const std::string& id) const { return state_->HasStory(id); }
size_t EventClusterer::MemoryBytes() const { return sizeof(*this) + state_->MemoryBytes(); }

}  // namespace storyline
