#include "entities/ner_tagger.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(NerTagger, EmbeddedModelLoads) {
  Result<NerTagger> tagger = NerTagger::LoadDefault();
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
}

}  // namespace
}  // namespace storyline
