// What GroupWriter writes for one event and for one story, computed from
// their member articles alone. Pure functions of their arguments: the writer
// runs them in parallel, one group each, and does the store's reads and
// writes itself.
#ifndef STORYLINE_PIPELINE_GROUP_SUMMARIES_H_
#define STORYLINE_PIPELINE_GROUP_SUMMARIES_H_

#include <map>
#include <string>
#include <vector>

#include "store/store.h"

namespace storyline {

struct GroupWriterOptions {
  size_t timeline_dates = 10;      // dates per story timeline
  size_t timeline_sentences = 1;   // sentences per date
  size_t summary_sentences = 3;    // sentences per event summary
  size_t max_title_bytes = 120;    // a title made from a sentence is cut at a word here
  size_t threads = 0;              // for the groups of one pass; 0 = one per core
  // Articles an event's date, title and summary are built from, and a
  // story's title and timeline, at most (EngineOptions::max_event_members
  // and max_story_members; 0 = all).
  size_t max_event_members = 1000;
  size_t max_story_members = 5000;
};

struct EventDescription {
  Event event;          // dated, and titled by its headline or central sentence
  EventSummary summary;
  // Undated members that borrowed the event's year: their dates were
  // re-resolved in `members` and must be stored again.
  std::vector<const StoredArticle*> redated;
};

// `members`: the event's articles (all, or those DescribedMembers chose), as
// Store::GetArticleForGrouping reads them.
EventDescription DescribeEvent(const Event& event, std::vector<StoredArticle>* members,
                               const GroupWriterOptions& options);

// The story with its title and timeline. `events`: the story's events in id
// order; `members`: their articles, event after event; `event_dates`: event
// id -> date written by this pass ("" = undated), which overrides Event::date.
Story DescribeStory(const Story& story, const std::vector<const Event*>& events,
                    const std::vector<StoredArticle>& members,
                    const std::map<std::string, std::string>& event_dates, const GroupWriterOptions& options);

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_GROUP_SUMMARIES_H_
