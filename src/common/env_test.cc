#include "common/env.h"

#include <gtest/gtest.h>

namespace storyline {

TEST(MemFileSystem, ReadsWhatWasWrittenAndListsSorted) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFile("d/b.txt", "bee").ok());
  ASSERT_TRUE(fs.WriteFile("d/a.txt", "ay").ok());
  EXPECT_EQ(*fs.ReadFile("d/b.txt"), "bee");
  EXPECT_TRUE(fs.IsDirectory("d"));
  EXPECT_FALSE(fs.IsDirectory("d/a.txt"));
  auto files = fs.ListFiles("d");
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(*files, (std::vector<std::string>{"d/a.txt", "d/b.txt"}));
  EXPECT_EQ(fs.ReadFile("nope").status().code(), Status::Code::kNotFound);
}

TEST(FakeClock, ReturnsWhatItWasSet) {
  FakeClock clock(100);
  EXPECT_EQ(clock.NowSeconds(), 100);
  clock.Set(5);
  EXPECT_EQ(clock.NowSeconds(), 5);
}

}  // namespace storyline
