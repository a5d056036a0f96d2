// Trains a NerModel: an averaged structured perceptron (Collins 2002) over the
// hashed features of ner_features.h with Viterbi decoding, plus the gazetteer
// (Debian sources filtered against the training text, first names and common
// words learned from it) and the title words that precede persons in it.
// Deterministic: the sentence order of each epoch comes from a fixed seed.
#ifndef STORYLINE_ENTITIES_NER_TRAINER_H_
#define STORYLINE_ENTITIES_NER_TRAINER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "entities/conll.h"
#include "entities/gazetteer_sources.h"
#include "entities/ner_model.h"
#include "entities/word_clusters.h"
#include "storyline/status.h"

namespace storyline {

struct NerTrainOptions {
  int epochs = 10;            // passes over the training sentences
  uint32_t seed = 20201008;   // shuffles each epoch's sentence order
  int runs = 20;              // trainings with seeds seed, seed+1, ... whose weights are averaged
  uint32_t hash_bits = 18;    // weight rows = 2^hash_bits (2^18 rows x 8 x int16 = 4 MiB)
  // A word seen in lower case at least this often in the training text is a
  // common word (gazetteer kind), and a one-word place name equal to it is dropped.
  int common_word_min_count = 3;
  // A capitalized word seen right before a person at least this often is a title.
  int title_min_count = 3;
  // Share of training sentences featurized without gazetteer features, so
  // the model does not lean on gazetteers alone (many city names are surnames).
  double gazetteer_dropout = 0.5;
  // Features (weight rows) seen on fewer training tokens than this are left
  // out, so rare word identities do not absorb what shape and context could learn.
  int min_feature_count = 2;
  // Learn the second-pass document hint features (ner_doc_hints.h) from
  // jackknifed first-pass tags (two extra trainings).
  bool document_hints = true;
  bool use_system_gazetteer = true;  // read iso-codes, ICU, tzdata, geonames
  // Name-like words (ner_unlabeled.h) from unlabeled news, added to the
  // gazetteer as kGazNameLike; empty for none.
  std::vector<std::string> name_like_words;
  // Word classes from unlabeled text (word_clusters.h), stored in the model
  // and used as features; empty for none.
  WordClusters clusters;
  GazetteerSourceOptions sources;
};

// `log` (optional) receives progress lines: gazetteer sizes, per-epoch errors.
Result<NerModel> TrainNer(const std::vector<NerSentence>& train, const NerTrainOptions& options,
                          std::vector<std::string>* log = nullptr);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_TRAINER_H_
