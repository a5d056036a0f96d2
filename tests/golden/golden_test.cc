// Runs every case of tests/golden/cases: ingests its input into a fresh store
// with the real engine, exports, and checks each line of expect.txt.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/env.h"
#include "expectations.h"
#include "store/export.h"
#include "storyline/engine.h"

namespace storyline::golden {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(std::string(STORYLINE_SOURCE_DIR) + "/tests/golden/cases")) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, ExportMatchesExpectations) {
  std::string dir = std::string(STORYLINE_SOURCE_DIR) + "/tests/golden/cases/" + GetParam();
  std::ifstream in(dir + "/expect.txt");
  std::stringstream text;
  text << in.rdbuf();
  auto golden = ParseCase(text.str());
  ASSERT_TRUE(golden.ok()) << golden.status().ToString();

  std::string db = testing::TempDir() + "/golden_" + GetParam() + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
  FakeClock clock(1600000000);
  auto disk = NewDiskFileSystem();
  EngineOptions options;
  options.db_path = db;
  auto engine = Engine::Open(options, Env{&clock, disk.get()});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  std::vector<std::string> inputs;
  for (const auto& i : golden->inputs) inputs.push_back(std::string(STORYLINE_SOURCE_DIR) + "/" + i);
  auto report = (*engine)->Ingest(inputs);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->failed, 0u);

  ExportOptions export_options;
  export_options.include_text = true;
  auto doc = ExportDocument(&(*engine)->store(), export_options);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  for (const auto& line : golden->checks) {
    std::string problem = Check(line.text, *doc);
    EXPECT_EQ(problem, "") << GetParam() << "/expect.txt:" << line.number << ": " << line.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, testing::ValuesIn(CaseNames()),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace storyline::golden
