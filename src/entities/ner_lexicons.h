// Training-side lexicons of the NER trainer: the folded training corpus, the
// gazetteer (Debian sources filtered against the training text, first names
// and common words learned from it) and the title words seen before persons.
#ifndef STORYLINE_ENTITIES_NER_LEXICONS_H_
#define STORYLINE_ENTITIES_NER_LEXICONS_H_

#include <string>
#include <vector>

#include "entities/conll.h"
#include "entities/gazetteer.h"
#include "entities/ner_trainer.h"

namespace storyline {

struct FoldedCorpus {
  std::vector<std::vector<std::string>> folded;  // per sentence
  std::vector<std::vector<int>> gold;            // tag ids
};

FoldedCorpus FoldCorpus(const std::vector<NerSentence>& train);

// Gazetteer for a model trained on `train`; `log` (optional) gets source counts.
Gazetteer BuildGazetteer(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                         const NerTrainOptions& options, std::vector<std::string>* log);

// Capitalized words right before persons at least `min_count` times, not built-in titles.
std::vector<std::string> LearnTitles(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                                     int min_count);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_LEXICONS_H_
