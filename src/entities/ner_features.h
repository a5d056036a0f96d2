// Feature extraction for the NER tagger: word, shape, affix, context and
// gazetteer features, each hashed into a row of a fixed-size weight table
// (feature hashing: no feature dictionary, no string building per feature).
// A sentence is prepared once (per-token hashes and gazetteer matches), then
// each token's features are read off the prepared arrays.
#ifndef STORYLINE_ENTITIES_NER_FEATURES_H_
#define STORYLINE_ENTITIES_NER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/word_clusters.h"

namespace storyline {

// Per-token values the feature templates combine.
struct NerTokenInfo {
  uint64_t lower = 0;        // folded form
  uint64_t raw = 0;          // form as written
  uint64_t shape = 0;        // "Xxxxx" style, up to 8 characters
  uint64_t short_shape = 0;  // repeats collapsed: "Xx", "X.X.", "d"
  uint64_t prefix3 = 0, suffix2 = 0, suffix3 = 0, suffix4 = 0;
  bool capitalized = false;
  WordClusters::Classes classes;  // word classes from unlabeled text (0 = none)
  uint16_t lower_class = 0;       // class of the word written in lower case (capitalized words only)
  uint64_t gaz_hash = 0;          // GazetteerTokenHash of the folded form
  GazetteerMatch gaz;             // the only field that depends on the sentence
};

struct PreparedSentence {
  std::vector<NerTokenInfo> tokens;
  // Document hints (ner_doc_hints.h) per token, or empty in a first pass.
  std::vector<uint8_t> hints;
  // Per token, its id in the document's NerTokenTypes when the tagger
  // prepared the sentence through one (ner_token_types.h); else empty.
  std::vector<uint32_t> type_ids;
  // Scratch reused across sentences.
  std::vector<uint64_t> gaz_hashes;
  std::vector<bool> capitalized;
  std::vector<GazetteerMatch> matches;
};

class NerFeaturizer {
 public:
  // `gazetteer` and `clusters` must outlive the featurizer; `hash_bits` sets
  // the table size (rows = 2^hash_bits). Without word classes (`clusters`
  // empty) no class features are written.
  NerFeaturizer(const Gazetteer* gazetteer, const WordClusters* clusters, uint32_t hash_bits)
      : gazetteer_(gazetteer), clusters_(clusters), bits_(hash_bits) {}

  // Fills `out` for a sentence given each token as written and folded (same
  // length); clears its hints.
  void Prepare(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
               PreparedSentence* out) const;
  // Prepare in two halves, for callers that reuse a token's values wherever
  // its form recurs: the values of one token alone (every field but `gaz`),
  // then, once out->tokens holds them all, the sentence's gazetteer matches
  // (hints cleared, type_ids left as they are).
  void PrepareToken(std::string_view raw, std::string_view folded, NerTokenInfo* t) const;
  void PrepareContext(PreparedSentence* out) const;
  // Appends the weight-table rows of token `i`'s features to `rows`. Training
  // leaves the external gazetteer kinds (places, first names) out of some
  // sentences (use_gazetteer false) so the model also learns to rely on context.
  void Extract(const PreparedSentence& sentence, size_t i, std::vector<uint32_t>* rows,
               bool use_gazetteer = true) const;
  // Appends only the rows of token `i`'s document-hint features (none when it
  // has no hint): Extract's rows are those without hints plus these.
  void AppendHintRows(const PreparedSentence& sentence, size_t i, std::vector<uint32_t>* rows) const;
  // Extract's rows (with the gazetteer) in two parts: those of the token's
  // form alone (the same for every occurrence of the form: word, shape,
  // affixes, own classes) and all the others. Together they are Extract's
  // rows as a multiset, not in its order (which training's float sums need).
  void AppendTypeRows(const PreparedSentence& sentence, size_t i, std::vector<uint32_t>* rows) const;
  void AppendContextRows(const PreparedSentence& sentence, size_t i, std::vector<uint32_t>* rows) const;

  uint32_t hash_bits() const { return bits_; }

 private:
  uint32_t Row(uint64_t template_id, uint64_t value) const {
    uint64_t h = (value ^ (template_id * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    return static_cast<uint32_t>(h >> (64 - bits_));
  }

  // Which of a token's features to write: those of its form alone, the others, or both.
  enum Part : uint8_t { kTypePart = 1, kContextPart = 2, kBothParts = 3 };

  // Writes the 9 rows of the form's own features (bias, word, shape, affixes).
  void WriteTypeRows(const NerTokenInfo& t, uint32_t* out) const;
  // Writes the 15 rows of the context features (neighbours' words, shapes,
  // gazetteer kinds under `mask`).
  void WriteContextRows(const PreparedSentence& s, size_t i, uint8_t mask, uint32_t* out) const;
  // Appends the word-class features of token `i` of `part`, in Extract's order.
  void AppendClassRows(const PreparedSentence& s, size_t i, Part part, std::vector<uint32_t>* rows) const;
  // Appends the gazetteer features of token `t` itself, kinds under `mask`.
  void AppendGazetteerRows(const NerTokenInfo& t, uint8_t mask, std::vector<uint32_t>* rows) const;

  const Gazetteer* gazetteer_;
  const WordClusters* clusters_;
  uint32_t bits_;
};

// Word shape of a token ("Lavrov" -> "Xxxxxx", "GNA" -> "XXX", "U.S." -> "X.X.").
void WordShape(std::string_view raw, std::string* shape, std::string* short_shape);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_FEATURES_H_
