#include "extract/dateline.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(Dateline, TassStyleSlashCredit) {
  Dateline d = ParseDateline("MOSCOW, July 8. /TASS/. Turkey, along with Libya's GNA, is working");
  EXPECT_EQ(d.place, "MOSCOW");
  EXPECT_EQ(d.credits, std::vector<std::string>{"TASS"});
  EXPECT_EQ(d.outlet, "");
  EXPECT_EQ(d.date.month, 7);
  EXPECT_EQ(d.date.day, 8);
  EXPECT_EQ(d.date.year, 0);
  EXPECT_EQ(d.end, std::string("MOSCOW, July 8. /TASS/.").size());
}

TEST(Dateline, OutletAndAgencyWithFullDate) {
  Dateline d = ParseDateline("MOSCOW (UrduPoint News / Sputnik - 08th July, 2020) Russian and Turkey");
  EXPECT_EQ(d.place, "MOSCOW");
  EXPECT_EQ(d.outlet, "UrduPoint News");
  EXPECT_EQ(d.credits, std::vector<std::string>{"Sputnik"});
  EXPECT_EQ(d.date.Iso(), "2020-07-08");
}

TEST(Dateline, WireStyles) {
  Dateline a = ParseDateline("LONDON, July 8 (Reuters) - Britain said on Wednesday");
  EXPECT_EQ(a.place, "LONDON");
  EXPECT_EQ(a.credits, std::vector<std::string>{"Reuters"});
  Dateline b = ParseDateline("NEW YORK (AP) \u2014 Stocks fell");
  EXPECT_EQ(b.place, "NEW YORK");
  EXPECT_EQ(b.credits, std::vector<std::string>{"AP"});
  Dateline c = ParseDateline("2009 06 24 07:14 JST CHICAGO -LRB- Reuters -RRB- - The U.S. government");
  EXPECT_EQ(c.place, "CHICAGO");
  EXPECT_EQ(c.credits, std::vector<std::string>{"Reuters"});
  Dateline d = ParseDateline("WASHINGTON \u2014 The Senate voted on Tuesday");
  EXPECT_EQ(d.place, "WASHINGTON");
  EXPECT_TRUE(d.credits.empty());
}

TEST(Dateline, OrdinaryLeadsHaveNone) {
  EXPECT_FALSE(ParseDateline("Russia and Turkey are working on an immediate ceasefire (GNA) - said").found());
  EXPECT_FALSE(ParseDateline("The Government of National Accord (GNA) - said Lavrov").found());
  EXPECT_FALSE(ParseDateline("NATO said on Monday it would send troops.").found());
  EXPECT_FALSE(ParseDateline("BREAKING: markets fall").found());
  EXPECT_FALSE(ParseDateline("EDGAR HERNANDEZ - FIRST CONFIRMED CASE Edgar Hernandez says").found());
  EXPECT_FALSE(ParseDateline("").found());
}

}  // namespace
}  // namespace storyline
