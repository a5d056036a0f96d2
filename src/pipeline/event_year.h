// An article without a publication date borrows the year of its event's dated
// articles, so that "on July 8" resolves while "on Tuesday" (which needs the
// day) stays unresolved. The day an event happened is estimated by
// timeline/event_date.h.
#ifndef STORYLINE_PIPELINE_EVENT_YEAR_H_
#define STORYLINE_PIPELINE_EVENT_YEAR_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace storyline {

// The year ("2020") shared by every dated member, or "" when none is dated or
// they disagree.
std::string InferEventYear(const std::vector<StoredArticle>& members);

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_EVENT_YEAR_H_
