// storyline eval dates: scores the date tagger on a folder of TimeML files
// (TempEval-3 style: strict and relaxed extent P/R/F1, type and value accuracy,
// value F1 = value accuracy x relaxed F1, as TE3-evaluation.py reports it).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "commands.h"
#include "common/env.h"
#include "dates/timeml_eval.h"

namespace storyline::cli {
namespace {

void PrintText(const dates::TimeMLEvalResult& r) {
  dates::TempEvalScores s = dates::Score(r.counts);
  std::printf("documents %d  gold timexes %ld  system timexes %ld\n", r.documents, r.counts.gold,
              r.counts.system);
  std::printf("%-8s %7s %7s %7s\n", "", "P", "R", "F1");
  auto row = [](const char* name, const dates::PRF& p) {
    std::printf("%-8s %7.4f %7.4f %7.4f\n", name, p.precision, p.recall, p.f1);
  };
  row("strict", s.strict);
  row("relaxed", s.relaxed);
  row("value", s.value);
  row("type", s.type);
  std::printf("value accuracy %.4f  type accuracy %.4f\n", s.value_accuracy, s.type_accuracy);
}

void PrintJson(const dates::TimeMLEvalResult& r) {
  dates::TempEvalScores s = dates::Score(r.counts);
  auto prf = [](const dates::PRF& p) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "{\"precision\":%.6f,\"recall\":%.6f,\"f1\":%.6f}", p.precision,
                  p.recall, p.f1);
    return std::string(buf);
  };
  std::printf(
      "{\"documents\":%d,\"gold\":%ld,\"system\":%ld,\"strict\":%s,\"relaxed\":%s,\"value\":%s,"
      "\"type\":%s,\"value_accuracy\":%.6f,\"type_accuracy\":%.6f}\n",
      r.documents, r.counts.gold, r.counts.system, prf(s.strict).c_str(), prf(s.relaxed).c_str(),
      prf(s.value).c_str(), prf(s.type).c_str(), s.value_accuracy, s.type_accuracy);
}

}  // namespace

int RunEvalDates(int argc, char** argv) {
  CLI::App app{"Score the date tagger on TimeML files (*.tml below --gold), TempEval-3 style.",
               "storyline eval dates"};
  std::string gold;
  bool json = false, errors = false;
  app.add_option("--gold", gold, "folder of TimeML files with gold TIMEX3")->required();
  app.add_flag("--json", json, "print the scores as one JSON object");
  app.add_flag("--errors", errors, "also list every disagreement (file, kind, gold, system)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return e.get_exit_code() == 0 ? kExitOk : kExitUsage;
  }
  auto fs = NewDiskFileSystem();
  Result<dates::TimeMLEvalResult> result =
      dates::EvaluateTimeMLDirectory(*fs, gold, DateTaggerOptions{}, errors);
  if (!result.ok()) {
    std::fprintf(stderr, "storyline eval dates: %s\n", result.status().ToString().c_str());
    return kExitFatal;
  }
  for (const std::string& line : result->errors) std::printf("%s\n", line.c_str());
  json ? PrintJson(*result) : PrintText(*result);
  return kExitOk;
}

}  // namespace storyline::cli
