// GroupWriter: the per-batch half of the pipeline. After a batch of articles
// has been analyzed, it revisits the events and stories they touched: borrows
// an event's year for undated articles (re-resolving their dates), dates each
// event, summarizes it, builds each story's timeline, and writes events,
// stories and entities to the store (inside the batch's transaction).
#ifndef STORYLINE_PIPELINE_GROUP_WRITER_H_
#define STORYLINE_PIPELINE_GROUP_WRITER_H_

#include <map>
#include <set>
#include <string>

#include "pipeline/analyzer.h"
#include "store/store.h"

namespace storyline {

struct GroupWriterOptions {
  size_t timeline_dates = 10;      // dates per story timeline
  size_t timeline_sentences = 1;   // sentences per date
  size_t summary_sentences = 3;    // sentences per event summary
};

class GroupWriter {
 public:
  GroupWriter(Store* store, const ArticleAnalyzer* analyzer, GroupWriterOptions options = {})
      : store_(store), analyzer_(analyzer), options_(options) {}

  // Rewrites the events with these ids (deleting those repair merged away),
  // re-syncs their articles' event and story ids, rewrites the stories that
  // hold them (deleting stories that no longer exist) and the given entities.
  Status Write(const std::set<std::string>& events, const std::set<std::string>& entities);

 private:
  Status WriteEvent(const Event& event);
  Status WriteStory(const Story& story, const std::vector<Event>& events);

  Store* store_;
  const ArticleAnalyzer* analyzer_;
  GroupWriterOptions options_;
  std::map<std::string, std::string> dated_events_;  // event id -> date written ("" = unknown)
};

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_GROUP_WRITER_H_
