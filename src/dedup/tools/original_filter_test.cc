#include "dedup/tools/original_filter.h"

#include <gtest/gtest.h>

#include <string>

#include "dedup/test_util.h"

namespace storyline::dedup {
namespace {

TEST(OriginalFilter, DropsLaterNearDuplicatesAndKeepsDistinctTexts) {
  std::vector<std::string> texts = {
      Words(0, 200),     // kept
      Words(300, 500),   // kept: unrelated
      Words(10, 210),    // dropped: Jaccard about 0.9 with text 0
      Words(300, 380),   // dropped: contained in text 1
      Words(170, 320),   // kept: overlaps both a little (Jaccard < 0.1)
  };
  std::vector<size_t> dropped_for;
  std::vector<bool> keep = KeepDistinctOriginals(texts, {}, &dropped_for);
  EXPECT_EQ(keep, (std::vector<bool>{true, true, false, false, true}));
  EXPECT_EQ(dropped_for, (std::vector<size_t>{0, 1}));
}

}  // namespace
}  // namespace storyline::dedup
