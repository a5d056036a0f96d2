#include "timeline/tilse_metrics.h"

#include <gtest/gtest.h>

namespace storyline::timeline {
namespace {

Timeline Make(std::map<std::string, std::vector<std::string>> entries) { return {std::move(entries)}; }

const Timeline kReference = Make({
    {"2011-02-01", {"Protesters clashed with police in Cairo ."}},
    {"2011-02-11", {"Mubarak resigned as president ."}},
});

TEST(TilseMetrics, IdenticalTimelinesScoreOneEverywhere) {
  const TimelineScores s = EvaluateTimeline(kReference, {kReference});
  for (const NamedScore& n : FlattenScores(s)) {
    EXPECT_DOUBLE_EQ(n.value.precision, 1.0) << n.metric << " " << n.measure;
    EXPECT_DOUBLE_EQ(n.value.recall, 1.0) << n.metric << " " << n.measure;
    EXPECT_DOUBLE_EQ(n.value.f_score, 1.0) << n.metric << " " << n.measure;
  }
}

TEST(TilseMetrics, ShiftedDatesAreWeightedByDistance) {
  // The same summaries, each one day late.
  const Timeline system = Make({
      {"2011-02-02", {"Protesters clashed with police in Cairo ."}},
      {"2011-02-12", {"Mubarak resigned as president ."}},
  });
  const TimelineScores s = EvaluateTimeline(system, {kReference});
  EXPECT_DOUBLE_EQ(s.concat.rouge_1.f_score, 1.0);
  EXPECT_DOUBLE_EQ(s.agreement.rouge_1.f_score, 0.0);
  EXPECT_DOUBLE_EQ(s.date.f_score, 0.0);
  // Each aligned pair is one day apart: hits count 1 / (1 + 1).
  EXPECT_DOUBLE_EQ(s.align_date_costs.rouge_1.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.align_date_costs.rouge_1.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.align_date_content_costs.rouge_2.f_score, 0.5);
  EXPECT_DOUBLE_EQ(s.align_date_content_costs_many_to_one.rouge_1.f_score, 0.5);
}

TEST(TilseMetrics, ManyToOneLetsSeveralDatesShareOneCounterpart) {
  // Two system dates around one reference date: one-to-one alignment leaves a
  // system date unaligned, many-to-one aligns both to 2011-02-11.
  const Timeline reference = Make({{"2011-02-11", {"Mubarak resigned ."}}});
  const Timeline system = Make({
      {"2011-02-10", {"Mubarak resigned ."}},
      {"2011-02-12", {"Mubarak resigned ."}},
  });
  const TimelineScores s = EvaluateTimeline(system, {reference});
  // Peer unigrams: 2 dates x 2 tokens; hits 2 x 1/2 with one date aligned.
  EXPECT_DOUBLE_EQ(s.align_date_costs.rouge_1.precision, 1.0 / 4);
  EXPECT_DOUBLE_EQ(s.align_date_content_costs_many_to_one.rouge_1.precision, 2.0 / 4);
  // Recall: the reference date is aligned once either way.
  EXPECT_DOUBLE_EQ(s.align_date_costs.rouge_1.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.align_date_content_costs_many_to_one.rouge_1.recall, 0.5);
}

TEST(TilseMetrics, DateScoresCompareDateSets) {
  const Timeline system = Make({{"2011-02-01", {"x"}}, {"2011-03-01", {"y"}}, {"2011-04-01", {"z"}}});
  const TimelineScores s = EvaluateTimeline(system, {kReference});
  EXPECT_DOUBLE_EQ(s.date.precision, 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.date.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.date.f_score, 0.4);
}

TEST(TilseMetrics, EmptySystemScoresZero) {
  const TimelineScores s = EvaluateTimeline(Timeline{}, {kReference});
  for (const NamedScore& n : FlattenScores(s)) EXPECT_EQ(n.value.f_score, 0) << n.metric;
}

TEST(TilseMetrics, AverageTakesFFromMeanPrecisionAndRecall) {
  TimelineScores a, b;
  a.date = {1.0, 0.0, 0.0};
  b.date = {0.0, 1.0, 0.0};
  const TimelineScores mean = AverageScores({a, b});
  EXPECT_DOUBLE_EQ(mean.date.precision, 0.5);
  EXPECT_DOUBLE_EQ(mean.date.recall, 0.5);
  EXPECT_DOUBLE_EQ(mean.date.f_score, 0.5);  // not the mean of the F scores (0)
}

TEST(TilseMetrics, FlattensElevenScoresInTilseOrder) {
  const std::vector<NamedScore> flat = FlattenScores(TimelineScores{});
  ASSERT_EQ(flat.size(), 11u);
  EXPECT_EQ(flat[0].metric, "concat");
  EXPECT_EQ(flat[0].measure, "rouge_1");
  EXPECT_EQ(flat[9].metric, "align_date_content_costs_many_to_one");
  EXPECT_EQ(flat[10].metric, "date");
}

TEST(TilseMetrics, DateToDaysCountsCalendarDays) {
  long a = 0, b = 0;
  ASSERT_TRUE(DateToDays("1970-01-01", a));
  EXPECT_EQ(a, 0);
  ASSERT_TRUE(DateToDays("2012-03-01", a));
  ASSERT_TRUE(DateToDays("2012-02-28", b));
  EXPECT_EQ(a - b, 2);  // 2012 is a leap year
  EXPECT_FALSE(DateToDays("2011-02-29", a));
  EXPECT_FALSE(DateToDays("2011-04-0", a));
}

}  // namespace
}  // namespace storyline::timeline
