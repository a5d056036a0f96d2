// Event dates: the day an event's articles report it happening, which is
// often not the day they were published ("Lavrov said on Wednesday ...",
// published Thursday). Each article votes once for the days named in its
// first sentences that lie no later than its publication day and at most
// `max_days_before` before it (reports look back, rarely far); an article
// naming no such day votes for its publication day. The day with most votes
// wins (ties: the earlier). With no day at all, the most named month or
// year is returned; with nothing, "" - a date is never invented.
#ifndef STORYLINE_TIMELINE_EVENT_DATE_H_
#define STORYLINE_TIMELINE_EVENT_DATE_H_

#include <string>
#include <vector>

#include "timeline/dated_sentences.h"

namespace storyline {

struct EventDateOptions {
  // Sentences of each article read for date expressions (leads say what happened).
  size_t lead_sentences = 3;
  // Named days older than this many days before publication are background.
  int max_days_before = 7;
};

struct EventDate {
  std::string date;      // "YYYY-MM-DD", or coarser ("2020-10", "2020"), or ""
  std::string date_end;  // end of a range the winning day opens, else ""
  std::vector<std::string> articles;  // articles that voted for `date`, input order
};

EventDate EstimateEventDate(const std::vector<TimelineInput>& articles, const DateTaggerFn& tagger,
                            const EventDateOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_EVENT_DATE_H_
