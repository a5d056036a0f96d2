#include "timeline/date_candidates.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "summary/sentence_vectors.h"
#include "timeline/iso_day.h"

namespace storyline {
namespace {

DatedSentence Sentence(std::string text, std::string pub, std::vector<std::string> days,
                       size_t position = 0) {
  DatedSentence s;
  s.text = std::move(text);
  s.pub_date = std::move(pub);
  s.mentioned_dates = std::move(days);
  s.position = position;
  return s;
}

bool Has(const std::vector<size_t>& v, size_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(DateCandidates, UndatedLeadSentencesStandForThePublicationDayAndTheDayBefore) {
  std::vector<DatedSentence> s = {Sentence("lead", "2010-04-21", {}, 0),
                                  Sentence("deep in the story", "2010-04-21", {}, 9),
                                  Sentence("dated", "2010-04-21", {"2010-04-01"}, 1)};
  auto index = IndexCandidates(s, {true, true, true}, {});
  int32_t day = *ParseIsoDay("2010-04-21");
  EXPECT_EQ(index.published[day], std::vector<size_t>{0});
  EXPECT_EQ(index.published[day - 1], std::vector<size_t>{0});
  EXPECT_EQ(index.published.count(day - 2), 0u);
  EXPECT_EQ(index.mentioned[*ParseIsoDay("2010-04-01")], std::vector<size_t>{2});
}

TEST(DateCandidates, KeepsSentencesNearWhatBothSourcesShare) {
  std::vector<DatedSentence> s = {
      Sentence("Deepwater Horizon rig explodes in the Gulf killing eleven workers", "", {"2010-04-20"}),
      Sentence("Shares in London rose on strong bank earnings", "", {"2010-04-20"}),
      Sentence("The Deepwater Horizon rig explodes and burns in the Gulf", "2010-04-20", {}),
      Sentence("Deepwater Horizon explosion leaves eleven workers missing in the Gulf", "2010-04-21", {}),
      Sentence("Weather forecast calls for rain over the weekend", "2010-04-20", {})};
  std::vector<std::string_view> texts;
  for (const auto& x : s) texts.push_back(x.text);
  auto vectors = VectorizeSentences(texts);
  auto index = IndexCandidates(s, std::vector<bool>(s.size(), true), {});
  auto kept = CandidatesForDay(*ParseIsoDay("2010-04-20"), index, vectors, {});
  EXPECT_TRUE(Has(kept, 0));
  EXPECT_FALSE(Has(kept, 1));
  EXPECT_FALSE(Has(kept, 4));
  CandidateOptions all;
  all.knee_filter = false;
  EXPECT_EQ(CandidatesForDay(*ParseIsoDay("2010-04-20"), index, vectors, all).size(), 5u);
}

TEST(DateCandidates, KneeOfASteepThenFlatCurve) {
  EXPECT_EQ(KneePoint({1.0, 0.9, 0.2, 0.15, 0.1, 0.05}), 2u);
  EXPECT_EQ(KneePoint({1.0, 0.5}), 0u);
}

}  // namespace
}  // namespace storyline
