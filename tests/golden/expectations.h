// The checks of a golden case (tests/golden/README.md), evaluated against the
// export document of a run.
#ifndef STORYLINE_TESTS_GOLDEN_EXPECTATIONS_H_
#define STORYLINE_TESTS_GOLDEN_EXPECTATIONS_H_

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "storyline/status.h"

namespace storyline::golden {

struct Case {
  std::vector<std::string> inputs;  // relative to the repository root
  struct Line {
    int number;
    std::string text;
  };
  std::vector<Line> checks;
};

Result<Case> ParseCase(const std::string& expect_text);

// Returns "" when the check holds, else what was found instead.
std::string Check(const std::string& line, const nlohmann::json& doc);

}  // namespace storyline::golden

#endif  // STORYLINE_TESTS_GOLDEN_EXPECTATIONS_H_
