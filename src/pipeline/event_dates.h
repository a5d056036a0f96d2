// Dating events from their articles: the day a happening took place is the
// day its articles say it happened (their resolved date expressions), not
// merely when they were published; an article without a publication date
// borrows the year of its event's dated articles so that "on July 8" resolves,
// while "on Tuesday" (which needs the day) stays unresolved.
#ifndef STORYLINE_PIPELINE_EVENT_DATES_H_
#define STORYLINE_PIPELINE_EVENT_DATES_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace storyline {

// The year ("2020") shared by every dated member, or "" when none are dated or
// they disagree.
std::string InferEventYear(const std::vector<const StoredArticle*>& members);

struct EventDate {
  std::string date;      // ISO day (or month/year when that is all that is known), "" unknown
  std::string date_end;  // end of a range, else ""
};

// The most supported day-granular date mentioned by the members within a
// window around their publication dates; falls back to the earliest
// publication date; "" when nothing is dated.
EventDate DateEvent(const std::vector<const StoredArticle*>& members);

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_EVENT_DATES_H_
