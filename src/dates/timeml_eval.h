// Runs the date tagger over a folder of TimeML files and scores it with the
// TempEval-3 scorer: each document is tagged with its own creation time as
// the anchor. Used by `storyline eval dates`.
#ifndef STORYLINE_DATES_TIMEML_EVAL_H_
#define STORYLINE_DATES_TIMEML_EVAL_H_

#include <string>
#include <vector>

#include "common/env.h"
#include "dates/date_tagger.h"
#include "dates/tempeval_scorer.h"

namespace storyline::dates {

struct TimeMLEvalResult {
  TempEvalCounts counts;
  int documents = 0;
  // One line per disagreement ("file<TAB>kind<TAB>gold<TAB>system"), when asked for.
  std::vector<std::string> errors;
};

// Scores every *.tml file below `dir`. A file that cannot be read or parsed
// fails the whole run (the scores would not be comparable).
Result<TimeMLEvalResult> EvaluateTimeMLDirectory(const FileSystem& fs, const std::string& dir,
                                                 const DateTaggerOptions& options,
                                                 bool collect_errors);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_TIMEML_EVAL_H_
