#include "timeline/timeline_output.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

std::vector<TimelineDate> TwoDays() {
  DatedSentence a;
  a.article = "x";
  a.span = {0, 12};
  a.text = "Rig explodes";
  DatedSentence b = a;
  b.text = "Well capped\nat last";
  return {{"2010-04-20", 3.0, {a}, {"x", "y"}}, {"2010-07-15", 1.0, {b}, {"x"}}};
}

TEST(TimelineOutput, T17FormatHasDateSentencesAndSeparator) {
  EXPECT_EQ(TimelineToT17(TwoDays()),
            "2010-04-20\nRig explodes\n--------------------------------\n"
            "2010-07-15\nWell capped at last\n--------------------------------\n");
}

TEST(TimelineOutput, JsonCarriesSpansAndSources) {
  std::string json = TimelineToJson(TwoDays());
  EXPECT_NE(json.find("\"date\": \"2010-04-20\""), std::string::npos);
  EXPECT_NE(json.find("\"begin\": 0"), std::string::npos);
  EXPECT_NE(json.find("\"y\""), std::string::npos);
}

}  // namespace
}  // namespace storyline
