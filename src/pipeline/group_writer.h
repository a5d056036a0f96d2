// GroupWriter: the per-batch half of the pipeline. After a batch of articles
// has been analyzed, it revisits the events they touched: borrows an event's
// year for undated articles (re-resolving their dates), dates each event and
// summarizes it; and, less often (a story can hold thousands of articles), it
// rebuilds the touched stories' timelines. Everything is written to the store
// inside the caller's transaction.
//
// Each pass reads the members of a slice of groups from the store, describes
// the groups in parallel (group_summaries.h: pure work on the members alone)
// and writes them, in group order; slices bound the members held at once.
// The store is used from the calling thread only.
#ifndef STORYLINE_PIPELINE_GROUP_WRITER_H_
#define STORYLINE_PIPELINE_GROUP_WRITER_H_

#include <vector>
#include <map>
#include <set>
#include <string>

#include "pipeline/analyzer.h"
#include "pipeline/group_summaries.h"
#include "store/store.h"

namespace storyline {

class GroupWriter {
 public:
  GroupWriter(Store* store, const ArticleAnalyzer* analyzer, GroupWriterOptions options = {})
      : store_(store), analyzer_(analyzer), options_(options) {}

  // Rewrites the events with these ids (deleting those repair merged away),
  // re-syncs their articles' event and story ids, and upserts the given
  // entities (as the batch left them: entity resolution may already be
  // working on the next batch). Adds the stories holding those events to
  // `story_ids`.
  Status WriteEvents(const std::set<std::string>& event_ids, const std::vector<Entity>& entities,
                     std::set<std::string>* story_ids);

  // Rewrites these stories with their timelines, and deletes stored stories
  // that no longer exist (merged by repair).
  Status WriteStories(const std::set<std::string>& story_ids);

 private:
  // Read, describe and write groups [begin, end) of a pass.
  Status WriteEventSlice(const std::vector<Event>& events, size_t begin, size_t end);
  Status WriteStorySlice(const std::vector<Story>& stories, const std::vector<std::vector<const Event*>>& events,
                         size_t begin, size_t end);

  Store* store_;
  const ArticleAnalyzer* analyzer_;
  GroupWriterOptions options_;
  std::map<std::string, std::string> dated_events_;  // event id -> date written ("" = unknown)
};

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_GROUP_WRITER_H_
