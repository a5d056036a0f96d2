// The temporal tagger the evaluation driver uses, memoized per text so that
// several gold timelines of one topic tag each article once.
#ifndef STORYLINE_TIMELINE_TOOLS_EVAL_TAGGER_H_
#define STORYLINE_TIMELINE_TOOLS_EVAL_TAGGER_H_

#include "timeline/dated_sentences.h"

namespace storyline {

// The project's tagger when built in, else null (publication dates only).
DateTaggerFn MakeEvalTagger();

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_TOOLS_EVAL_TAGGER_H_
