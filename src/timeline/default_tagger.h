// The project's temporal tagger (src/dates) as a DateTaggerFn. The builder
// itself takes any tagger, so tests and other pipelines can pass their own;
// this is the one the CLI, the benchmark and the evaluation use.
#ifndef STORYLINE_TIMELINE_DEFAULT_TAGGER_H_
#define STORYLINE_TIMELINE_DEFAULT_TAGGER_H_

#include "timeline/dated_sentences.h"

namespace storyline {

// TagDates with durations, sets and vague references ("now") turned off:
// timelines need points in time only.
DateTaggerFn DefaultDateTagger();

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_DEFAULT_TAGGER_H_
