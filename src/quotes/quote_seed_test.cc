// The reference scenario (../shared/seeds/EXPECTED.md): every quotation with
// its speaker, and the two translations of one quotation linked. Mentions are
// hand-made (every listed name) and resolved first, as the pipeline does.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "entities/resolve_test_seeds.h"
#include "entities/resolver.h"
#include "quotes/quote_extractor.h"
#include "quotes/quote_linker.h"

namespace storyline {
namespace {

class SeedQuotes : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<testing::SeedArticle> seeds = testing::ReadSeeds(STORYLINE_SHARED_DIR);
    if (seeds.empty()) GTEST_SKIP() << "no seeds in " << STORYLINE_SHARED_DIR;
    EntityResolver resolver;
    for (testing::SeedArticle& a : seeds) {
      resolver.AddArticle(a.id, a.text, &a.mentions);
      for (const Mention& m : a.mentions) {
        if (m.text == "Sergey Lavrov") lavrov_ = m.entity;
      }
      std::vector<Quote> q = ExtractQuotes(a.id, a.text, a.mentions);
      quotes_.insert(quotes_.end(), q.begin(), q.end());
    }
    QuoteLinker().Link(&quotes_);
  }

  // The quotation of `article` that starts with `prefix`.
  const Quote* Find(const std::string& article, const std::string& prefix) {
    for (const Quote& q : quotes_) {
      if (q.article == article && q.text.rfind(prefix, 0) == 0) return &q;
    }
    ADD_FAILURE() << "no quotation " << article << ": " << prefix;
    return nullptr;
  }

  void ExpectLavrov(const std::string& article, const std::string& prefix) {
    const Quote* q = Find(article, prefix);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->speaker_entity, lavrov_) << article << ": " << prefix << " by " << q->speaker;
  }

  std::vector<Quote> quotes_;
  std::string lavrov_;
};

TEST_F(SeedQuotes, LavrovQuotationsHaveLavrovAsSpeaker) {
  ASSERT_FALSE(lavrov_.empty());
  ExpectLavrov("000", "Our Turkish colleagues are working");
  ExpectLavrov("000", "We are sending a clear signal");
  ExpectLavrov("001", "Within a dialogue initiated at the top level");
  ExpectLavrov("001", "We are sending a clear signal");
  ExpectLavrov("001", "succeeds in achieving");
  ExpectLavrov("002", "At some stage, when we invited");
  ExpectLavrov("002", "Now, the LNA, according to our assessments");
}

TEST_F(SeedQuotes, NonPersonSourcesAreSpeakers) {
  const Quote* agreed = Find("004", "We have agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed->speaker, "the document");
  const Quote* mission = Find("004", "Various aspects of the Middle East problems");
  ASSERT_NE(mission, nullptr);
  EXPECT_EQ(mission->speaker, "the Russian diplomatic mission");
  const Quote* reaffirm = Find("004", "We reaffirm our commitment");
  ASSERT_NE(reaffirm, nullptr);
  EXPECT_EQ(reaffirm->speaker, "the statement");
  EXPECT_EQ(Find("004", "It was agreed")->speaker, "the document");
}

TEST_F(SeedQuotes, StrayMarkInsideQuotationKeepsPairsRight) {
  const Quote* q = Find("001", "Within a dialogue");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->text.find("coordination of approaches"), std::string::npos);
  EXPECT_NE(q->text.find("right away"), std::string::npos);
}

TEST_F(SeedQuotes, TranslationsAreOneQuotationAndOthersAreNot) {
  const Quote* a = Find("000", "We are sending a clear signal");
  const Quote* b = Find("001", "We are sending a clear signal");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->id, b->id);
  std::set<std::string> ids;
  for (const Quote& q : quotes_) ids.insert(q.id);
  EXPECT_EQ(ids.size(), quotes_.size() - 1) << "only the one translated pair may share an id";
  for (const Quote& q : quotes_) EXPECT_NE(q.article, "003") << q.text;
}

}  // namespace
}  // namespace storyline
