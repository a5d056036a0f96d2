#include "storyline/status.h"

#include <gtest/gtest.h>

namespace storyline {

TEST(Status, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(Status, ContextIsPrefixed) {
  Status s = Status::InvalidInput("missing field \"text\"").WithContext("feed.jsonl:17");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.ToString(), "invalid input: feed.jsonl:17: missing field \"text\"");
}

Result<int> Half(int x) {
  if (x % 2) return Status::InvalidInput("odd");
  return x / 2;
}

TEST(Result, HoldsValueOrStatus) {
  EXPECT_EQ(*Half(8), 4);
  Result<int> r = Half(3);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "odd");
}

}  // namespace storyline
