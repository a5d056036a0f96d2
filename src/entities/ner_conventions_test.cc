#include "entities/ner_conventions.h"

#include <gtest/gtest.h>

#include "entities/gazetteer.h"

namespace storyline {
namespace {

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

TEST(NerConventions, NationalityWordsComeFromPlaceNames) {
  std::vector<GazetteerEntry> places = {{"Japan", kGazCountry}, {"Australia", kGazCountry},
                                        {"Turkey", kGazCountry}, {"Victoria", kGazRegion}, {"Al", kGazRegion}};
  std::unordered_set<std::string> words = NationalityWords(places);
  for (const char* w : {"japanese", "australian", "turkish", "victorian", "british"}) {
    EXPECT_TRUE(words.count(w)) << w;
  }
  EXPECT_FALSE(words.count("japan"));
  EXPECT_FALSE(words.count("ali"));  // from a short subdivision name
}

TEST(NerConventions, RetagsLoneNationalitiesOnly) {
  std::vector<std::string> tokens = Split("Australian Prime Minister John Howard visited Japan");
  std::vector<std::string> tags = Split("B-LOC O O B-PER I-PER O B-LOC");
  RetagNationalities(tokens, {"australian", "japanese"}, &tags);
  EXPECT_EQ(tags, Split("B-MISC O O B-PER I-PER O B-LOC"));
}

TEST(NerConventions, FacilitiesArePlaces) {
  std::vector<std::string> tokens = Split("the Kennedy Space Center , the Museum of Flight and the Bank of Japan");
  std::vector<std::string> tags = Split("O B-ORG I-ORG I-ORG O O B-ORG I-ORG I-ORG O O B-ORG I-ORG I-ORG");
  RetagFacilities(tokens, &tags);
  EXPECT_EQ(tags, Split("O B-LOC I-LOC I-LOC O O B-LOC I-LOC I-LOC O O B-ORG I-ORG I-ORG"));
}

TEST(NerConventions, SplitsCoordinatedNames) {
  std::vector<std::string> tokens = Split("General Motors and Chrysler and Canada and Ontario and the rest");
  std::vector<std::string> tags = Split("B-ORG I-ORG I-ORG I-ORG O B-LOC I-LOC I-LOC O O O");
  SplitCoordinatedNames(tokens, &tags);
  EXPECT_EQ(tags, Split("B-ORG I-ORG O B-ORG O B-LOC O B-LOC O O O"));
}

}  // namespace
}  // namespace storyline
