// Online event clustering and story threading: the cluster stage's entry point.
//
// Articles arrive in publication order (or any order; dates may be missing).
// Each joins the most similar active event (cosine to the event centroid over
// a weighted mix of TF-IDF channels, see ArticleVectorizer, with a time decay
// and a same-outlet guard) or starts a new event; a new event joins the most
// similar active story or starts one (StoryThreader). Candidate events come
// from an inverted index over the active window, so the cost per article is
// bounded by ClusterOptions, not by the length of the stream.
//
// Ids are "e<n>" and "s<n>", given in order and never reused or renumbered:
// Repair() merges and splits events but keeps the id of every event that
// survives (the larger one of a merge keeps its id).
//
// Memory: per active event, a centroid and compact member vectors; per
// article ever seen, its id (for Events() and duplicate lookups). Events that
// leave the active window keep only their ids, dates and title.
//
// Not thread-safe: one clusterer per pipeline, called from one thread.
#ifndef STORYLINE_CLUSTER_EVENT_CLUSTERER_H_
#define STORYLINE_CLUSTER_EVENT_CLUSTERER_H_

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cluster/article_features.h"
#include "cluster/cluster_options.h"
#include "storyline/model.h"

namespace storyline {

struct Assignment {
  std::string event, story;
  bool new_event = false, new_story = false;
};

class ClusterState;  // the events, stories and indexes (cluster_state.h)

class EventClusterer {
 public:
  explicit EventClusterer(ClusterOptions options = {});
  ~EventClusterer();
  EventClusterer(EventClusterer&&) noexcept;
  EventClusterer& operator=(EventClusterer&&) noexcept;

  Assignment Add(const ArticleFeatures& article);
  // As Add, with the terms already extracted (the tuning tools reuse them).
  Assignment AddWithTerms(const ArticleFeatures& article, const ChannelTerms& terms);

  // Counts an article in the document frequencies without clustering it: a
  // warm start from background text, so the first articles of a stream are
  // weighted as well as later ones.
  void LearnTerms(const ChannelTerms& terms);

  // Re-admits an article already assigned in an earlier run (state rebuilt
  // from the store), keeping its ids; later Add() calls continue the
  // numbering after the largest restored id. Ids not of the form "e<n>" /
  // "s<n>" are ignored (the article is then added as new).
  void Restore(const ArticleFeatures& article, const std::string& event, const std::string& story);

  // Periodic repair over the active events: merges events that turned out to
  // be one, splits off members that drifted away from their event. Returns
  // (article id, new event id) for every article whose event changed.
  std::vector<std::pair<std::string, std::string>> Repair();

  // Events in id order, with ISO date of the earliest known member day ("" if
  // none) and the members in arrival order.
  std::vector<Event> Events() const;
  // Stories in id order: title (the headline of its largest event), date span,
  // events. The timeline is left empty (the timeline stage fills it).
  std::vector<Story> Stories() const;
  // One event or story as Events() / Stories() give it, found by id without
  // building the others (a stream's writer asks for the few a batch touched);
  // nullopt when there is none by that id (never created, or merged away).
  std::optional<Event> EventById(const std::string& id) const;
  std::optional<Story> StoryById(const std::string& id) const;
  // Whether StoryById would find the story (without building it).
  bool HasStory(const std::string& id) const;

  size_t MemoryBytes() const;

 private:
  std::unique_ptr<ClusterState> state_;
};

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_EVENT_CLUSTERER_H_
