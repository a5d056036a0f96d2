#include "timeline/t17_format.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace storyline::timeline {
namespace {

const char kSep[] = "--------------------------------\n";

TEST(T17Format, ParsesDatesSentencesAndSeparators) {
  const std::string text = std::string("2010-09-19\n  The well is sealed . \n") + kSep +
                           "2010-9-3\nBP removes the blowout preventer .\nCosts rise .\n" + kSep;
  Result<Timeline> tl = ParseT17Timeline(text);
  ASSERT_TRUE(tl.ok()) << tl.status().ToString();
  ASSERT_EQ(tl->entries.size(), 2u);
  EXPECT_EQ(tl->entries.at("2010-09-19"), (std::vector<std::string>{"The well is sealed ."}));
  EXPECT_EQ(tl->entries.at("2010-09-03"),
            (std::vector<std::string>{"BP removes the blowout preventer .", "Costs rise ."}));
}

TEST(T17Format, RepeatedDateKeepsItsLastEntry) {
  const std::string text = std::string("2009-05-01\nfirst .\n") + kSep + "2009-05-01\nsecond .\n" + kSep;
  Result<Timeline> tl = ParseT17Timeline(text);
  ASSERT_TRUE(tl.ok());
  EXPECT_EQ(tl->entries.at("2009-05-01"), (std::vector<std::string>{"second ."}));
}

// Regression: MJ_bbc/bbc.co.uk.txt has the date line "2011-04-0", which tilse's
// data preparation rewrites to 2011-04-02 before evaluating.
TEST(T17Format, ReadsTheBrokenMjBbcDateAsTilseDoes) {
  const std::string text = std::string("2011-04-0\nJury selection begins .\n") + kSep;
  Result<Timeline> tl = ParseT17Timeline(text);
  ASSERT_TRUE(tl.ok()) << tl.status().ToString();
  EXPECT_EQ(tl->entries.count("2011-04-02"), 1u);

  T17ReadOptions strict;
  strict.apply_tilse_fixes = false;
  EXPECT_FALSE(ParseT17Timeline(text, "mj.txt", strict).ok());
}

TEST(T17Format, RejectsAnEntryWithoutADateOrSeparator) {
  Result<Timeline> no_date = ParseT17Timeline(std::string("just text .\n") + kSep, "a.txt");
  ASSERT_FALSE(no_date.ok());
  EXPECT_NE(no_date.status().message().find("a.txt:2"), std::string::npos);
  EXPECT_FALSE(ParseT17Timeline("2010-01-01\nunterminated .\n").ok());
}

TEST(T17Format, WritesWhatItReads) {
  Timeline tl;
  tl.entries["2011-02-11"] = {"Mubarak resigns .", "Crowds cheer\nin Cairo ."};
  tl.entries["2011-01-25"] = {"Protests begin ."};
  const std::string text = WriteT17Timeline(tl);
  EXPECT_EQ(text.substr(0, 11), "2011-01-25\n");
  Result<Timeline> back = ParseT17Timeline(text);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->entries.at("2011-02-11"),
            (std::vector<std::string>{"Mubarak resigns .", "Crowds cheer in Cairo ."}));
  EXPECT_EQ(back->entries.at("2011-01-25"), tl.entries.at("2011-01-25"));
}

TEST(T17Format, ReadsTheSharedMjBbcTimeline) {
  const std::filesystem::path path =
      std::filesystem::path(STORYLINE_SHARED_DIR) / "data" / "t17-gold" / "MJ_bbc" / "bbc.co.uk.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  Result<Timeline> tl = ReadT17Timeline(path.string());
  ASSERT_TRUE(tl.ok()) << tl.status().ToString();
  EXPECT_EQ(tl->entries.size(), 38u);
  ASSERT_EQ(tl->entries.count("2011-04-02"), 1u);
  EXPECT_EQ(tl->entries.at("2011-04-02").front(), "Jury selection begins .");
}

TEST(T17Format, MissingFileIsNotFound) {
  Result<Timeline> tl = ReadT17Timeline("/nonexistent/timeline.txt");
  ASSERT_FALSE(tl.ok());
  EXPECT_EQ(tl.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace storyline::timeline
