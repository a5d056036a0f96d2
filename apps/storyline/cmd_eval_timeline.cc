// storyline eval timeline: the tilse timeline metrics (ROUGE-1.5.5 counts).
//
//   storyline eval timeline --system SYS.txt --reference REF.txt [REF2.txt...] [--json]
//       scores one system timeline (T17 text format) against reference timelines;
//   storyline eval timeline --vectors .../t17_sdf_bestsumm_scores.json [--task NAME...]
//       runs the tilse test vectors and prints, per task and for the average,
//       our scores beside the expected ones; exit 1 when an average is off by
//       more than --tolerance.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "timeline/t17_format.h"
#include "timeline/tilse_metrics.h"
#include "timeline/tls_vectors.h"

namespace storyline::cli {
namespace {

using timeline::NamedScore;
using timeline::PrecisionRecallF;
using timeline::TimelineScores;

nlohmann::json ToJson(const TimelineScores& scores) {
  nlohmann::json j;
  for (const NamedScore& s : timeline::FlattenScores(scores)) {
    nlohmann::json prf = {{"precision", s.value.precision}, {"recall", s.value.recall},
                          {"f_score", s.value.f_score}};
    if (s.measure.empty()) {
      j[s.metric] = prf;
    } else {
      j[s.metric][s.measure] = prf;
    }
  }
  return j;
}

std::string Label(const NamedScore& s) {
  return s.measure.empty() ? s.metric : s.metric + " " + s.measure;
}

void PrintScores(const TimelineScores& scores) {
  std::printf("%-46s %9s %9s %9s\n", "metric", "P", "R", "F");
  for (const NamedScore& s : timeline::FlattenScores(scores)) {
    std::printf("%-46s %9.5f %9.5f %9.5f\n", Label(s).c_str(), s.value.precision, s.value.recall,
                s.value.f_score);
  }
}

// Our score, the expected one, and the largest |difference| of P, R, F.
void PrintComparison(const TimelineScores& actual, const TimelineScores& expected) {
  std::printf("%-46s %9s %9s %9s %9s %9s %9s %9s\n", "metric", "P", "R", "F", "exp P", "exp R",
              "exp F", "max|d|");
  const std::vector<NamedScore> a = timeline::FlattenScores(actual);
  const std::vector<NamedScore> e = timeline::FlattenScores(expected);
  for (size_t i = 0; i < a.size(); ++i) {
    const PrecisionRecallF& x = a[i].value;
    const PrecisionRecallF& y = e[i].value;
    const double d = std::max({std::fabs(x.precision - y.precision), std::fabs(x.recall - y.recall),
                               std::fabs(x.f_score - y.f_score)});
    std::printf("%-46s %9.5f %9.5f %9.5f %9.5f %9.5f %9.5f %9.1e\n", Label(a[i]).c_str(),
                x.precision, x.recall, x.f_score, y.precision, y.recall, y.f_score, d);
  }
}

int ScoreFiles(const std::string& system_path, const std::vector<std::string>& reference_paths,
               bool json) {
  Result<timeline::Timeline> system = timeline::ReadT17Timeline(system_path);
  if (!system.ok()) {
    std::fprintf(stderr, "storyline eval timeline: %s\n", system.status().ToString().c_str());
    return kExitFatal;
  }
  std::vector<timeline::Timeline> references;
  for (const std::string& path : reference_paths) {
    Result<timeline::Timeline> ref = timeline::ReadT17Timeline(path);
    if (!ref.ok()) {
      std::fprintf(stderr, "storyline eval timeline: %s\n", ref.status().ToString().c_str());
      return kExitFatal;
    }
    references.push_back(std::move(*ref));
  }
  const TimelineScores scores = timeline::EvaluateTimeline(*system, references);
  if (json) {
    std::printf("%s\n", ToJson(scores).dump(2).c_str());
  } else {
    PrintScores(scores);
  }
  return kExitOk;
}

int RunVectors(const std::string& path, const std::vector<std::string>& only, double tolerance,
               bool json) {
  Result<timeline::TlsVectors> vectors = timeline::LoadTlsVectors(path);
  Result<std::vector<timeline::TlsTaskResult>> results =
      vectors.ok() ? timeline::RunTlsVectors(*vectors, {}, only)
                   : Result<std::vector<timeline::TlsTaskResult>>(vectors.status());
  if (!results.ok()) {
    std::fprintf(stderr, "storyline eval timeline: %s\n", results.status().ToString().c_str());
    return kExitFatal;
  }
  std::vector<TimelineScores> actual;
  std::vector<TimelineScores> expected;
  nlohmann::json out;
  for (const timeline::TlsTaskResult& r : *results) {
    actual.push_back(r.actual);
    expected.push_back(r.expected);
    const double d = timeline::MaxAbsDifference(r.actual, r.expected);
    out["tasks"][r.name] = {{"scores", ToJson(r.actual)}, {"max_abs_difference", d}};
    if (!json) {
      std::printf("== task %s (max |difference| %.1e)\n", r.name.c_str(), d);
      PrintComparison(r.actual, r.expected);
    }
  }
  // With every task, compare with the file's average; otherwise with the
  // average of the expected scores of the tasks that ran.
  const TimelineScores mean = timeline::AverageScores(actual);
  const TimelineScores expected_mean =
      only.empty() ? vectors->expected_average : timeline::AverageScores(expected);
  const double d = timeline::MaxAbsDifference(mean, expected_mean);
  out["average"] = {{"scores", ToJson(mean)}, {"max_abs_difference", d}};
  if (json) {
    std::printf("%s\n", out.dump(2).c_str());
  } else {
    std::printf("== average over %zu tasks (max |difference| %.1e, tolerance %g)\n",
                results->size(), d, tolerance);
    PrintComparison(mean, expected_mean);
  }
  return d <= tolerance ? kExitOk : kExitPartial;
}

}  // namespace

int RunEvalTimeline(int argc, char** argv) {
  CLI::App app{"Score timelines with the tilse metrics (concat, agreement, align, align+, "
               "align+ m:1 ROUGE-1/2 as ROUGE-1.5.5 -n 2 -m -s -f A, and date F1)",
               "storyline eval timeline"};
  std::string system_path;
  std::vector<std::string> reference_paths;
  std::string vectors_path;
  std::vector<std::string> tasks;
  double tolerance = 0.001;
  bool json = false;
  app.add_option("--system", system_path, "system timeline, T17 text format");
  app.add_option("--reference", reference_paths, "reference timeline(s), T17 text format");
  app.add_option("--vectors", vectors_path, "tilse test vectors (t17_sdf_bestsumm_scores.json)");
  app.add_option("--task", tasks, "with --vectors: only these tasks (e.g. bpoil/bbc)");
  app.add_option("--tolerance", tolerance, "with --vectors: largest accepted average difference");
  app.add_flag("--json", json, "print JSON");
  try {
    app.parse(argc, argv);  // argv[0] is the command name
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  if (!vectors_path.empty()) return RunVectors(vectors_path, tasks, tolerance, json);
  if (system_path.empty() || reference_paths.empty()) {
    std::fprintf(stderr, "%s", app.help().c_str());
    return kExitUsage;
  }
  return ScoreFiles(system_path, reference_paths, json);
}

}  // namespace storyline::cli
