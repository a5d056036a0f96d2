#include "entities/gazetteer.h"

#include <gtest/gtest.h>

#include "entities/gazetteer_sources.h"

namespace storyline {
namespace {

std::vector<uint64_t> Hashes(const std::vector<std::string>& folded) {
  std::vector<uint64_t> h;
  for (const std::string& f : folded) h.push_back(GazetteerTokenHash(f));
  return h;
}

TEST(Gazetteer, LongestPhraseWinsAndMarksPositions) {
  Gazetteer g;
  g.AddText("Democratic Republic of the Congo", kGazCountry);
  g.AddText("Congo", kGazCountry);
  std::vector<std::string> s = {"the", "democratic", "republic", "of", "the", "congo", "said"};
  std::vector<bool> cap = {false, true, true, false, false, true, false};
  std::vector<GazetteerMatch> m;
  g.Match(Hashes(s), cap, &m);
  EXPECT_EQ(m[0].position, 0);
  EXPECT_EQ(m[1].position, 1);
  EXPECT_EQ(m[5].position, 2);
  EXPECT_EQ(m[5].phrase_kinds, kGazCountry);
  EXPECT_EQ(m[6].position, 0);
}

TEST(Gazetteer, RoundTripsThroughBytes) {
  Gazetteer g;
  g.AddText("Tripoli", kGazCity);
  g.AddText("Nagorno-Karabakh", kGazRegion);
  std::string bytes;
  g.AppendTo(&bytes);
  std::string_view view(bytes);
  Result<Gazetteer> back = Gazetteer::Parse(&view);
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(view.empty());
  std::vector<uint64_t> h = Hashes({"tripoli"});
  EXPECT_EQ(back->Lookup(h.data(), 1), kGazCity);
}

TEST(GazetteerSources, UninvertsIsoNames) {
  EXPECT_EQ(UninvertName("Congo, The Democratic Republic of the"), "The Democratic Republic of the Congo");
  EXPECT_EQ(UninvertName("Libya"), "Libya");
}

TEST(GazetteerSources, RejectsNonMoData) { EXPECT_FALSE(ReadMoTranslations("not a catalog at all....").ok()); }

}  // namespace
}  // namespace storyline
