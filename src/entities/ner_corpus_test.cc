#include "entities/ner_corpus.h"

#include <filesystem>
#include <unordered_set>

#include <gtest/gtest.h>

#include "entities/ner_corpus_mentions.h"
#include "entities/ner_corpus_readers.h"

namespace storyline {
namespace {

TEST(NerCorpusMentions, NominalMentionKeepsOnlyItsCapitalizedRun) {
  std::vector<std::string> tokens = {"Airbus", "parent", "company", "European", "Aeronautic", "Defence", "and",
                                     "Space", "Company", "EADS", "N.V.", "won"};
  std::vector<std::string> tags = ProjectMentions(tokens, {{0, 11, "ORG"}, {0, 1, "ORG"}});
  EXPECT_EQ(tags[0], "B-ORG");
  EXPECT_EQ(tags[1], "O");
  EXPECT_EQ(tags[3], "B-ORG");
  EXPECT_EQ(tags[6], "I-ORG");
  EXPECT_EQ(tags[10], "I-ORG");
  EXPECT_EQ(tags[11], "O");
}

TEST(NerCorpusMentions, PronounsAndTitlesAreNotNames) {
  std::vector<std::string> tokens = {"He", "met", "Foreign", "Minister", "Sergey", "Lavrov"};
  std::vector<std::string> tags = ProjectMentions(tokens, {{0, 1, "PER"}, {2, 6, "PER"}});
  EXPECT_EQ(tags, (std::vector<std::string>{"O", "O", "O", "O", "B-PER", "I-PER"}));
}

TEST(NerCorpusMentions, NameHoldsTheMentionsHead) {
  // "Houston , Texas" is one place mention headed by "Houston", with "Texas"
  // nested; without a head the last of equal runs is the name.
  std::vector<std::string> tokens = {"in", "Houston", ",", "Texas"};
  CorpusMention outer{1, 4, "LOC", 1}, inner{3, 4, "LOC"};
  EXPECT_EQ(ProjectMentions(tokens, {outer, inner}), (std::vector<std::string>{"O", "B-LOC", "O", "B-LOC"}));
  outer.head = CorpusMention::kNoHead;
  EXPECT_EQ(ProjectMentions(tokens, {outer, inner}), (std::vector<std::string>{"O", "O", "O", "B-LOC"}));
}

TEST(NerCorpusMentions, UnannotatedNamesIncludeASentenceStartNeverWrittenLowerCase) {
  std::unordered_set<std::string> lower = {"shares", "fell"};
  std::vector<std::string> shares = {"Shares", "fell", "in", "Tokyo"};
  EXPECT_EQ(UnannotatedNames(shares, {{3, 4, "LOC"}}, lower), std::vector<size_t>{});
  std::vector<std::string> russia = {"Russia", "'s", "exchanges", "fell", "in", "May", "and", "Tokyo"};
  EXPECT_EQ(UnannotatedNames(russia, {}, lower), (std::vector<size_t>{0, 7}));
}

TEST(NerCorpusReaders, MeantimeLeavesUnannotatedNamesOpen) {
  std::string conll =
      "#begin document (corpus_gm/1); part 000\n"
      "corpus_gm/1\t0\t0\tToyota\t-\n"
      "corpus_gm/1\t0\t1\tand\t-\n"
      "corpus_gm/1\t0\t2\tGM\t(cross_ORG1)\n"
      "corpus_gm/1\t0\t3\tgrew\t-\n"
      "\n#end document\n";
  Result<std::vector<NerDocument>> docs = ParseMeantime(conll);
  ASSERT_TRUE(docs.ok());
  const NerSentence& s = (*docs)[0].sentences[0];
  EXPECT_FALSE(s.fully_annotated);
  EXPECT_EQ(s.tags, (std::vector<std::string>{"?", "O", "B-ORG", "O"}));
}

TEST(NerCorpusReaders, MeantimeChainsBecomeTags) {
  std::string conll =
      "#begin document (corpus_airbus/1); part 000\n"
      "corpus_airbus/1\t0\t0\tThe\t(cross_intra_LOC1\n"
      "corpus_airbus/1\t0\t1\tUnited\t-\n"
      "corpus_airbus/1\t0\t2\tStates\tcross_intra_LOC1)\n"
      "corpus_airbus/1\t0\t3\tbought\t(cross_intra_OTH2)\n"
      "corpus_airbus/1\t0\t4\tBoeing\t(intra_ORG3)| (cross_FIN4)\n"
      "\n#end document\n";
  Result<std::vector<NerDocument>> docs = ParseMeantime(conll);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].id, "corpus_airbus/1");
  EXPECT_EQ((*docs)[0].sentences[0].tags, (std::vector<std::string>{"O", "B-LOC", "I-LOC", "O", "B-ORG"}));
}

TEST(NerCorpusReaders, GumKeepsProperNounHeadedMentions) {
  std::string conllu =
      "# sent_id = 1\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-x-x-2-coref\n"
      "2\tchildren\tchild\tNOUN\tNNS\t_\t3\tnsubj\t_\tEntity=1)\n"
      "3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tNew\tNew\tPROPN\tNNP\t_\t5\tcompound\t_\tEntity=(2-place-new-x-x-1-coref-New_York\n"
      "5\tYork\tYork\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=2)\n\n";
  Result<NerDocument> doc = ParseGumDocument(conllu, "GUM_test");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->sentences[0].tags, (std::vector<std::string>{"O", "O", "O", "B-LOC", "I-LOC"}));
}

// "Environment Canada spokesperson Julie Hahn": the person mention is headed by
// a common noun, but holds the name as a flat proper noun run; a title and an
// of-phrase before a proper-noun head are not part of the name.
TEST(NerCorpusReaders, GumFindsNamesInsideDescriptions) {
  std::string conllu =
      "# sent_id = 1\n"
      "1\tspokesperson\tspokesperson\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=(1-person-new-x-x-1-coref\n"
      "2\tJulie\tJulie\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tHahn\tHahn\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)\n"
      "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tGovernor\tGovernor\tPROPN\tNNP\t_\t8\tnmod:desc\t_\tEntity=(2-person-new-x-x-1-coref\n"
      "6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tOhio\tOhio\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=(3-place-new-x-x-1-coref)\n"
      "8\tChris\tChris\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
      "9\tGregoire\tGregoire\tPROPN\tNNP\t_\t8\tflat\t_\tEntity=2)\n\n";
  Result<NerDocument> doc = ParseGumDocument(conllu, "GUM_test");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->sentences[0].tags,
            (std::vector<std::string>{"O", "B-PER", "I-PER", "O", "O", "O", "B-LOC", "B-PER", "I-PER"}));
}

// A coordination is a group mention; its conjuncts are the names.
// "the philologist Rasmus Rask": both name parts hang from the noun.
TEST(NerCorpusReaders, GumJoinsFlatSiblings) {
  std::string conllu =
      "# sent_id = 1\n"
      "1\tphilologist\tphilologist\tNOUN\tNN\t_\t0\troot\t_\tEntity=(1-person-new-x-x-1-coref\n"
      "2\tRasmus\tRasmus\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tRask\tRask\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n\n";
  Result<NerDocument> doc = ParseGumDocument(conllu, "GUM_test");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->sentences[0].tags, (std::vector<std::string>{"O", "B-PER", "I-PER"}));
}

TEST(NerCorpusReaders, GumSkipsCoordinations) {
  std::string conllu =
      "# sent_id = 1\n"
      "1\tGermany\tGermany\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-place-new-x-x-1-coref(2-place-new-x-x-1-coref)\n"
      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
      "3\tCanada\tCanada\tPROPN\tNNP\t_\t1\tconj\t_\tEntity=(3-place-new-x-x-1-coref)1)\n\n";
  Result<NerDocument> doc = ParseGumDocument(conllu, "GUM_test");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->sentences[0].tags, (std::vector<std::string>{"B-LOC", "O", "B-LOC"}));
}

TEST(NerCorpusReaders, GumSplitsListTestDocuments) {
  std::vector<std::string> test =
      GumSplitDocuments("## dev\n\n  * GUM_a\n\n## test\n\n  * GUM_b\n  * GUM_c\n\n## test2\n  * GUM_d\n", "test");
  EXPECT_EQ(test, (std::vector<std::string>{"GUM_b", "GUM_c"}));
}

TEST(NerCorpus, SharedDataLoadsEveryHeldOutSet) {
  std::string dir = std::string(STORYLINE_SHARED_DIR) + "/data/ner";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no shared NER data";
  Result<std::vector<NerDataset>> sets = LoadNerCorpus(dir);
  ASSERT_TRUE(sets.ok()) << sets.status().ToString();
  ASSERT_EQ(sets->size(), 6u);
  for (const NerDataset& set : *sets) {
    if (!set.train.empty()) {
      EXPECT_GT(set.train.size(), 100u) << set.name;
    }
    EXPECT_GT(set.test.size(), 20u) << set.name;
  }
}

}  // namespace
}  // namespace storyline
