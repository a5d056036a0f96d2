// Reader for MEANTIME's CoNLL-style coreference file (see
// ../shared/data/ner/README.md): documents rebuilt as text (tokens joined by
// single spaces, one sentence a line) with their gold entity mentions as byte
// spans and their chain's instance id, so the same Wikinews entity has one id
// in every document ("cross_intra_PER123", "intra_PER123" -> "PER123").
#ifndef STORYLINE_ENTITIES_COREF_EVAL_MEANTIME_H_
#define STORYLINE_ENTITIES_COREF_EVAL_MEANTIME_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/model.h"
#include "storyline/span.h"
#include "storyline/status.h"

namespace storyline {

struct MeantimeMention {
  Span span;              // in MeantimeDocument::text
  std::string instance;   // "PER19274271332322852"
  std::string type_code;  // "PER", "ORG", "LOC", "PRO", "FIN"
};

struct MeantimeDocument {
  std::string id;     // "corpus_apple/10450"
  std::string text;
  std::vector<Span> sentences;
  std::vector<MeantimeMention> mentions;  // entity mentions only (no events), text order
};

// Parses the whole file. Event chains (ACT, SPE, OTH, ...) are skipped.
Result<std::vector<MeantimeDocument>> ParseMeantimeConll(std::string_view content);

// PER -> kPerson, ORG -> kOrganization, LOC -> kPlace, others kOther.
EntityType MeantimeEntityType(std::string_view type_code);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_COREF_EVAL_MEANTIME_H_
