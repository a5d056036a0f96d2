// The date tagger the timeline benchmark runs with: the project's tagger once
// the dates stage is merged; until then the test stand-in (ISO literals and
// "yesterday"), which costs about what a scan of the text costs.
#ifndef STORYLINE_TIMELINE_BENCH_TAGGER_H_
#define STORYLINE_TIMELINE_BENCH_TAGGER_H_

#include "timeline/dated_sentences.h"
#include "timeline/fake_tagger_test_util.h"

namespace storyline {

inline DateTaggerFn BenchTagger() { return testing::FakeTagDates; }

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_BENCH_TAGGER_H_
