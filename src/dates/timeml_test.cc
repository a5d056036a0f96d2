#include "dates/timeml.h"

#include <gtest/gtest.h>

namespace storyline::dates {
namespace {

const char* kDoc = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3>.
</TEXT>
</TimeML>
)";

TEST(TimeML, ReadsCreationTimeTextAndTimexOffsets) {
  Result<TimeMLDocument> doc = ParseTimeML(kDoc);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "X1");
  EXPECT_EQ(doc->dct, "1998-01-08");
  EXPECT_EQ(doc->text, "\nStocks fell & rose yesterday for a week.\n");
  ASSERT_EQ(doc->timexes.size(), 2u);
  EXPECT_EQ(doc->timexes[0].span.In(doc->text), "yesterday");
  EXPECT_EQ(doc->timexes[0].value, "1998-01-07");
  EXPECT_EQ(doc->timexes[0].tid, "t1");
  EXPECT_EQ(doc->timexes[1].span.In(doc->text), "a week");
  EXPECT_EQ(doc->timexes[1].type, "DURATION");
}

TEST(TimeML, UnbalancedTimexIsCorruption) {
  EXPECT_FALSE(ParseTimeML("<TEXT>a <TIMEX3 tid=\"t1\">b</TEXT>").ok());
  EXPECT_FALSE(ParseTimeML("<TEXT>a b</TIMEX3></TEXT>").ok());
  EXPECT_FALSE(ParseTimeML("<TimeML>no text</TimeML>").ok());
}

}  // namespace
}  // namespace storyline::dates
