#include "pipeline/event_year.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

StoredArticle Published(const std::string& date) {
  StoredArticle s;
  s.article.published.value = date;
  return s;
}

TEST(InferEventYear, SharedYearOrNothing) {
  EXPECT_EQ(InferEventYear({Published("2020-07-08"), Published("")}), "2020");
  EXPECT_EQ(InferEventYear({Published("2020-07-08"), Published("2019-12-30")}), "");
  EXPECT_EQ(InferEventYear({Published("")}), "");
}

}  // namespace
}  // namespace storyline
