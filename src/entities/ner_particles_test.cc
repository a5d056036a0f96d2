#include "entities/ner_particles.h"

#include <gtest/gtest.h>

#include <string>

#include "entities/ner_tags.h"
#include "text/normalize.h"

namespace storyline {
namespace {

std::vector<int> Attach(const std::vector<std::string>& words, std::vector<int> tags) {
  std::vector<std::string> folded_store;
  for (const auto& w : words) folded_store.push_back(Fold(w));
  std::vector<std::string_view> raw(words.begin(), words.end()), folded(folded_store.begin(), folded_store.end());
  AttachNameParticles(raw, folded, &tags);
  return tags;
}

TEST(AttachNameParticles, ExtendsPersonOverHyphenedParticle) {
  EXPECT_EQ(Attach({"Fayez", "al-Sarraj", "said"}, {kTagBPer, kTagO, kTagO}),
            (std::vector<int>{kTagBPer, kTagIPer, kTagO}));
  EXPECT_EQ(Attach({"Abdullah", "Abdurrahman", "al-Thani", "'s"}, {kTagBPer, kTagIPer, kTagO, kTagO}),
            (std::vector<int>{kTagBPer, kTagIPer, kTagIPer, kTagO}));
}

TEST(AttachNameParticles, ExtendsOverChainedStandaloneParticles) {
  EXPECT_EQ(Attach({"Ursula", "von", "der", "Leyen"}, {kTagBPer, kTagO, kTagO, kTagBPer}),
            (std::vector<int>{kTagBPer, kTagIPer, kTagIPer, kTagIPer}));
}

TEST(AttachNameParticles, LeavesOrdinaryWordsAlone) {
  // A lower-case word after a name, a particle not followed by a name, a non-person.
  EXPECT_EQ(Attach({"Lavrov", "al-most"}, {kTagBPer, kTagO}), (std::vector<int>{kTagBPer, kTagO}));
  EXPECT_EQ(Attach({"Haftar", "de", "facto"}, {kTagBPer, kTagO, kTagO}), (std::vector<int>{kTagBPer, kTagO, kTagO}));
  EXPECT_EQ(Attach({"Libya", "al-Watiya"}, {kTagBLoc, kTagO}), (std::vector<int>{kTagBLoc, kTagO}));
}

}  // namespace
}  // namespace storyline
