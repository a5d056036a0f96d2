// One DateMention as a JSON object on one line (the output of `storyline
// dates`): {"begin","end","text","type","value","value_end"?,"granularity","resolved"}.
// begin/end are byte offsets into the tagged text.
#ifndef STORYLINE_DATES_MENTION_JSON_H_
#define STORYLINE_DATES_MENTION_JSON_H_

#include <string>

#include "storyline/model.h"

namespace storyline::dates {

std::string DateMentionJson(const DateMention& mention);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_MENTION_JSON_H_
