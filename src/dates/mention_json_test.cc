#include "dates/mention_json.h"

#include <gtest/gtest.h>

namespace storyline::dates {
namespace {

TEST(DateMentionJson, WritesAllFieldsAndEscapes) {
  DateMention m;
  m.span = Span{3, 12};
  m.text = "July \"21\"-22";
  m.type = "DATE";
  m.value = "2020-07-21";
  m.value_end = "2020-07-22";
  m.granularity = DateGranularity::kRange;
  m.resolved = true;
  EXPECT_EQ(DateMentionJson(m),
            "{\"begin\":3,\"end\":12,\"text\":\"July \\\"21\\\"-22\",\"type\":\"DATE\","
            "\"value\":\"2020-07-21\",\"value_end\":\"2020-07-22\",\"granularity\":\"range\","
            "\"resolved\":true}");
}

TEST(DateMentionJson, OmitsEmptyRangeEnd) {
  DateMention m;
  m.text = "Tuesday";
  m.type = "DATE";
  m.value = "XXXX-WXX-2";
  m.granularity = DateGranularity::kDay;
  std::string json = DateMentionJson(m);
  EXPECT_EQ(json.find("value_end"), std::string::npos);
  EXPECT_NE(json.find("\"resolved\":false"), std::string::npos);
}

}  // namespace
}  // namespace storyline::dates
