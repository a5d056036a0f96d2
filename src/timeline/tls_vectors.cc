#include "timeline/tls_vectors.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "timeline/t17_format.h"

namespace storyline::timeline {
namespace {

using nlohmann::json;

PrecisionRecallF ReadPrf(const json& j) {
  return {j.at("precision").get<double>(), j.at("recall").get<double>(),
          j.at("f_score").get<double>()};
}

RougeScores ReadRouge(const json& j) { return {ReadPrf(j.at("rouge_1")), ReadPrf(j.at("rouge_2"))}; }

TimelineScores ReadScores(const json& j) {
  TimelineScores s;
  s.concat = ReadRouge(j.at("concat"));
  s.agreement = ReadRouge(j.at("agreement"));
  s.align_date_costs = ReadRouge(j.at("align_date_costs"));
  s.align_date_content_costs = ReadRouge(j.at("align_date_content_costs"));
  s.align_date_content_costs_many_to_one = ReadRouge(j.at("align_date_content_costs_many_to_one"));
  s.date = ReadPrf(j.at("date"));
  return s;
}

}  // namespace

Result<TlsVectors> LoadTlsVectors(const std::string& json_path) {
  std::ifstream f(json_path);
  if (!f) return Status::NotFound("cannot open test vectors " + json_path);
  namespace fs = std::filesystem;
  const fs::path data_dir = fs::absolute(json_path).parent_path().parent_path();
  try {
    const json doc = json::parse(f);
    TlsVectors v;
    for (const auto& [name, task] : doc.at("tasks").items()) {
      TlsVectorTask t;
      t.name = name;
      t.system_path = (data_dir / task.at("files").at("system").get<std::string>()).string();
      t.reference_path = (data_dir / task.at("files").at("reference").get<std::string>()).string();
      t.expected = ReadScores(task);
      v.tasks.push_back(std::move(t));
    }
    v.expected_average = ReadScores(doc.at("average"));
    return v;
  } catch (const json::exception& e) {
    return Status::InvalidInput(json_path + ": " + e.what());
  }
}

Result<std::vector<TlsTaskResult>> RunTlsVectors(const TlsVectors& vectors,
                                                 const TilseOptions& options,
                                                 const std::vector<std::string>& only) {
  std::vector<TlsTaskResult> results;
  for (const TlsVectorTask& task : vectors.tasks) {
    if (!only.empty() && std::find(only.begin(), only.end(), task.name) == only.end()) continue;
    Result<Timeline> system = ReadT17Timeline(task.system_path);
    if (!system.ok()) return system.status();
    Result<Timeline> reference = ReadT17Timeline(task.reference_path);
    if (!reference.ok()) return reference.status();
    results.push_back({task.name, EvaluateTimeline(*system, {*reference}, options), task.expected});
  }
  return results;
}

double MaxAbsDifference(const TimelineScores& actual, const TimelineScores& expected) {
  const std::vector<NamedScore> a = FlattenScores(actual);
  const std::vector<NamedScore> e = FlattenScores(expected);
  double worst = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    worst = std::max({worst, std::fabs(a[i].value.precision - e[i].value.precision),
                      std::fabs(a[i].value.recall - e[i].value.recall),
                      std::fabs(a[i].value.f_score - e[i].value.f_score)});
  }
  return worst;
}

}  // namespace storyline::timeline
