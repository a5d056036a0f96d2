// The NER training and held-out data in ../shared/data/ner, split as
// documented in README-ner.md:
//   meantime  MEANTIME English news; per topic, documents in name order with
//             index % 5 == 4 are held out (about a fifth, every topic represented);
//             "meantime-complete" is its subset of fully annotated sentences
//   gum       GUM news/interview/bio/voyage/academic/court; its splits.md "test" held out;
//             "gum-news" is the news documents of that test part
//   crossner  CrossNER politics; train+dev for training, test held out
//   ewt       UNER English-EWT; dev for training, test held out
// WNUT-17 (social media) is not used.
#ifndef STORYLINE_ENTITIES_NER_CORPUS_H_
#define STORYLINE_ENTITIES_NER_CORPUS_H_

#include <string>
#include <vector>

#include "entities/conll.h"
#include "entities/gazetteer_sources.h"
#include "storyline/status.h"

namespace storyline {

struct NerDataset {
  std::string name;  // "meantime", "gum", "crossner", "ewt"
  std::vector<NerSentence> train;
  std::vector<NerSentence> test;
};

struct NerCorpusOptions {
  // MEANTIME documents whose index within their topic has this remainder
  // modulo `meantime_heldout_every` are held out.
  int meantime_heldout_every = 5;
  int meantime_heldout_remainder = 4;
  // MEANTIME sentences with names it left unannotated (UnannotatedNames)
  // train with those names' tags left open (partial annotation); when false
  // they do not train at all. The held-out part is kept whole (open tags
  // written as O), and its fully annotated sentences are also offered as the
  // set "meantime-complete".
  bool meantime_train_partial = true;
  // For tuning: hold out development parts instead of the test parts, and
  // leave the test parts out altogether. MEANTIME holds out the documents with
  // remainder meantime_heldout_remainder - 1, GUM its splits.md "dev" documents,
  // CrossNER dev.txt (trained on otherwise); EWT (whose dev part is its
  // training data) holds out nothing.
  bool dev_split = false;
  // Map the sets' conventions to the tagger's (ner_conventions.h): in MEANTIME
  // and GUM nationality words are MISC and MEANTIME's coordinated names are
  // split; in every training part facility names are places.
  bool map_conventions = true;
  GazetteerSourceOptions sources;  // countries and regions, for nationality words
};

// Loads every data set found under `data_dir` (../shared/data/ner). A missing
// folder is skipped; a folder that exists but cannot be parsed is an error.
Result<std::vector<NerDataset>> LoadNerCorpus(const std::string& data_dir, const NerCorpusOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_CORPUS_H_
