// The reference scenario's date table (../shared/seeds/EXPECTED.md), checked
// twice: on the sentences copied here, and on the seed files when present.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "dates/date_tagger.h"

namespace storyline {
namespace {

struct SeedCase {
  const char* file;      // seed file name
  const char* anchor;    // what the pipeline knows of its publication date
  const char* sentence;  // the sentence of the seed that holds the expression
  const char* surface;   // the TIMEX extent (without "on"/"in")
  const char* value;
  const char* value_end;
  bool resolved;
};

const SeedCase kCases[] = {
    {"000_9b4cb2ec781377c7.txt", "2020-07-08",
     "Russian Foreign Minister Sergey Lavrov said on Wednesday on the outcomes of the talks.",
     "Wednesday", "2020-07-08", "", true},
    {"000_9b4cb2ec781377c7.txt", "2020-07-08",
     "On January 19, an international high-level conference on Libya took place in Berlin.",
     "January 19", "2020-01-19", "", true},
    {"001_a6d6151a75f7c49e.txt", "2020-07-08",
     "Following a failed offensive on Tripoli last year, the LNA forces attempted a rematch and "
     "the GNA launched a counteroffensive this past April.",
     "last year", "2019", "", true},
    {"001_a6d6151a75f7c49e.txt", "2020-07-08",
     "Following a failed offensive on Tripoli last year, the LNA forces attempted a rematch and "
     "the GNA launched a counteroffensive this past April.",
     "this past April", "2020-04", "", true},
    {"001_a6d6151a75f7c49e.txt", "2020-07-08",
     "Since the onset of Libya's political disarray in 2011, the oil-rich country got split.",
     "2011", "2011", "", true},
    {"002_3d73dd3adbcc7228.txt", "2020",
     "Russian Foreign Minister Sergei Lavrov said on July 8.", "July 8", "2020-07-08", "", true},
    {"002_3d73dd3adbcc7228.txt", "2020",
     "Saleh, in January this year ahead of the Berlin conference", "January this year", "2020-01",
     "", true},
    {"004_53a9463a541b4215.txt", "2020-07-22",
     "This was stated in a joint statement issued on Wednesday by the two countries.", "Wednesday",
     "2020-07-22", "", true},
    {"004_53a9463a541b4215.txt", "2020-07-22",
     "Moscow and Ankara held interdepartmental consultations on the settlement in Libya on July "
     "21-22 in the Turkish capital.",
     "July 21-22", "2020-07-21", "2020-07-22", true},
    {"004_53a9463a541b4215.txt", "2020-07-22",
     "In spring 2019, Haftar launched an offensive in Tripoli.", "spring 2019", "2019-SP", "", true},
    {"003_b10da00e773b39b2.txt", "",
     "On Tuesday, Russia’s Foreign Minister Sergey Lavrov held a telephone conversation.", "Tuesday",
     "XXXX-WXX-2", "", false},
    {"003_b10da00e773b39b2.txt", "",
     "In Geneva, the two Libyan warring sides signed an agreement on Friday for a permanent "
     "ceasefire throughout the country.",
     "Friday", "XXXX-WXX-5", "", false},
};

void ExpectCase(const SeedCase& c, const std::string& text) {
  std::vector<DateMention> mentions = TagDates(text, c.anchor);
  const DateMention* found = nullptr;
  for (const DateMention& m : mentions) {
    if (m.text == c.surface) found = found ? found : &m;
  }
  ASSERT_NE(found, nullptr) << c.file << ": no mention \"" << c.surface << "\"";
  EXPECT_EQ(found->value, c.value) << c.file << ": " << c.surface;
  EXPECT_EQ(found->value_end, c.value_end) << c.file << ": " << c.surface;
  EXPECT_EQ(found->resolved, c.resolved) << c.file << ": " << c.surface;
  EXPECT_EQ(found->span.In(text), c.surface);
}

TEST(SeedDates, ExpectedTableOnInlineSentences) {
  for (const SeedCase& c : kCases) ExpectCase(c, c.sentence);
}

TEST(SeedDates, ExpectedTableOnSeedFiles) {
  std::string dir = std::string(STORYLINE_SHARED_DIR) + "/seeds/";
  if (!std::ifstream(dir + "EXPECTED.md")) GTEST_SKIP() << "no seeds in " << dir;
  for (const SeedCase& c : kCases) {
    std::ifstream in(dir + c.file);
    ASSERT_TRUE(in) << dir << c.file;
    std::stringstream buffer;
    buffer << in.rdbuf();
    ExpectCase(c, buffer.str());
  }
}

TEST(SeedDates, ArticleWithoutDateResolvesNothingRelative) {
  std::string dir = std::string(STORYLINE_SHARED_DIR) + "/seeds/";
  std::ifstream in(dir + "003_b10da00e773b39b2.txt");
  if (!in) GTEST_SKIP() << "no seeds in " << dir;
  std::stringstream buffer;
  buffer << in.rdbuf();
  for (const DateMention& m : TagDates(buffer.str(), "")) {
    if (m.type == "DATE" && m.value.find('X') != std::string::npos) {
      EXPECT_FALSE(m.resolved) << m.text;
    }
    if (m.value.size() >= 10 && m.value[4] == '-') {
      EXPECT_NE(m.value.substr(0, 4), "2020") << "invented a date for " << m.text;
    }
  }
}

}  // namespace
}  // namespace storyline
