// Readers for the coreference-annotated corpora in ../shared/data/ner that are
// not plain BIO files: MEANTIME (CoNLL-2012-like chains) and GUM (CoNLL-U with
// Entity= annotations). Both yield documents of NER sentences whose tags come
// from ProjectMentions (see ner_corpus_mentions.h).
#ifndef STORYLINE_ENTITIES_NER_CORPUS_READERS_H_
#define STORYLINE_ENTITIES_NER_CORPUS_READERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "entities/conll.h"
#include "storyline/status.h"

namespace storyline {

struct NerDocument {
  std::string id;  // "corpus_airbus/100911", "GUM_news_iodine"
  std::vector<NerSentence> sentences;
};

// meantime.conll: `topic/doc  sent  tok  token  chains` with chain ids whose
// type prefix (after cross_/intra_) is PER, ORG or LOC; PRO, FIN and events are dropped.
Result<std::vector<NerDocument>> ParseMeantime(std::string_view content);

// One GUM .conllu document: mentions of type person/organization/place whose
// syntactic head is a proper noun (PROPN).
Result<NerDocument> ParseGumDocument(std::string_view content, std::string id);

// Document names listed under `## <section>` in GUM's splits.md ("GUM_news_iodine").
std::vector<std::string> GumSplitDocuments(std::string_view splits_md, std::string_view section);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_CORPUS_READERS_H_
