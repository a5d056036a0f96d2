// The tilse test vectors (shared/data/tls-test-vectors/t17_sdf_bestsumm_scores.json):
// for each task (topic/timeline) the system and reference T17 files and the
// scores the reference evaluator (tilse + ROUGE-1.5.5) gives them, plus their
// average. Running them shows how closely EvaluateTimeline reproduces tilse.
#ifndef STORYLINE_TIMELINE_TLS_VECTORS_H_
#define STORYLINE_TIMELINE_TLS_VECTORS_H_

#include <string>
#include <vector>

#include "storyline/status.h"
#include "timeline/tilse_metrics.h"

namespace storyline::timeline {

struct TlsVectorTask {
  std::string name;            // "bpoil/bbc"
  std::string system_path;     // absolute or relative to the working directory
  std::string reference_path;
  TimelineScores expected;
};

struct TlsVectors {
  std::vector<TlsVectorTask> tasks;  // sorted by name
  TimelineScores expected_average;
};

// Loads the vector file; its file paths are resolved against the data folder
// that holds the file's folder (as the file's note says).
Result<TlsVectors> LoadTlsVectors(const std::string& json_path);

struct TlsTaskResult {
  std::string name;
  TimelineScores actual;
  TimelineScores expected;
};

// Reads both timelines of every task (all when `only` is empty, else the
// named ones) and scores them.
Result<std::vector<TlsTaskResult>> RunTlsVectors(const TlsVectors& vectors,
                                                 const TilseOptions& options = {},
                                                 const std::vector<std::string>& only = {});

// The largest |actual - expected| over every precision, recall and F1.
double MaxAbsDifference(const TimelineScores& actual, const TimelineScores& expected);

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_TLS_VECTORS_H_
