// Golden test: our tilse metrics against the scores the reference evaluator
// (tilse + ROUGE-1.5.5) gave to the SDF-TLS timelines of the T17 topics.
#include "timeline/tls_vectors.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace storyline::timeline {
namespace {

constexpr double kTolerance = 0.001;  // the bar; today's difference is 0

std::string VectorsPath() {
  return (std::filesystem::path(STORYLINE_SHARED_DIR) / "data" / "tls-test-vectors" /
          "t17_sdf_bestsumm_scores.json")
      .string();
}

void ExpectClose(const TimelineScores& actual, const TimelineScores& expected,
                 const std::string& what) {
  const std::vector<NamedScore> a = FlattenScores(actual);
  const std::vector<NamedScore> e = FlattenScores(expected);
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string label = what + " " + a[i].metric + " " + a[i].measure;
    EXPECT_NEAR(a[i].value.precision, e[i].value.precision, kTolerance) << label;
    EXPECT_NEAR(a[i].value.recall, e[i].value.recall, kTolerance) << label;
    EXPECT_NEAR(a[i].value.f_score, e[i].value.f_score, kTolerance) << label;
  }
}

TEST(TlsVectors, ReproducesTilseOnEveryTaskAndTheAverage) {
  if (!std::filesystem::exists(VectorsPath())) GTEST_SKIP() << "no " << VectorsPath();
  Result<TlsVectors> vectors = LoadTlsVectors(VectorsPath());
  ASSERT_TRUE(vectors.ok()) << vectors.status().ToString();
  ASSERT_EQ(vectors->tasks.size(), 13u);
  Result<std::vector<TlsTaskResult>> results = RunTlsVectors(*vectors);
  ASSERT_TRUE(results.ok()) << results.status().ToString();
  std::vector<TimelineScores> actual;
  for (const TlsTaskResult& r : *results) {
    ExpectClose(r.actual, r.expected, r.name);
    actual.push_back(r.actual);
  }
  ExpectClose(AverageScores(actual), vectors->expected_average, "average");
}

TEST(TlsVectors, RunsOnlyTheNamedTasks) {
  if (!std::filesystem::exists(VectorsPath())) GTEST_SKIP() << "no " << VectorsPath();
  Result<TlsVectors> vectors = LoadTlsVectors(VectorsPath());
  ASSERT_TRUE(vectors.ok());
  Result<std::vector<TlsTaskResult>> results = RunTlsVectors(*vectors, {}, {"mj/bbc"});
  ASSERT_TRUE(results.ok());
  ASSERT_EQ(results->size(), 1u);
  EXPECT_LT(MaxAbsDifference((*results)[0].actual, (*results)[0].expected), kTolerance);
}

TEST(TlsVectors, MissingFileIsNotFound) {
  EXPECT_EQ(LoadTlsVectors("/nonexistent/scores.json").status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace storyline::timeline
