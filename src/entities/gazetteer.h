// Gazetteer: folded name phrases ("democratic republic of the congo") mapped to
// a bit set of kinds (country, city, ...). Phrases are stored as 64-bit hashes
// of their folded token sequence, so a model carries tens of thousands of names
// in a few hundred kilobytes. Matching is longest-match from capitalized tokens.
#ifndef STORYLINE_ENTITIES_GAZETTEER_H_
#define STORYLINE_ENTITIES_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/gazetteer_table.h"
#include "storyline/status.h"

namespace storyline {

enum GazetteerKind : uint8_t {
  kGazCountry = 1,      // iso-codes 3166-1 and CLDR (ICU) country names
  kGazRegion = 2,       // iso-codes 3166-2 subdivisions
  kGazCity = 4,         // geonames cities (libgeonames-common) and tzdata zone cities
  kGazFirstName = 8,    // first tokens of persons in the training data
  kGazCommonWord = 16,  // words seen in lower case in the training data
  kGazTitle = 32,       // title words (ner_titles.h built-in list and learned titles)
  kGazDemonym = 64,     // "Libyan", "Egyptian", "Chinese": country-derived words seen in the training text
  kGazNameLike = 128,   // mostly capitalized mid-sentence in unlabeled news (ner_unlabeled.h)
};
constexpr int kNumGazetteerKinds = 8;

// Hash of a folded token, and of a phrase built token by token.
uint64_t GazetteerTokenHash(std::string_view folded);
inline uint64_t GazetteerExtend(uint64_t phrase, uint64_t token) {
  uint64_t h = (phrase ^ token) * 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 29);
}

// Per token: kinds of the longest phrase covering it (and where the token sits
// in it), and kinds of the token on its own.
struct GazetteerMatch {
  uint8_t phrase_kinds = 0;
  uint8_t position = 0;  // 0 none, 1 begin, 2 inside, 3 single-token phrase
  uint8_t token_kinds = 0;
};

class Gazetteer {
 public:
  // Adds a phrase given as folded tokens (no-op for an empty list).
  void Add(const std::vector<std::string>& folded_tokens, uint8_t kinds);
  // Adds a phrase given as text ("Congo, Democratic Republic of"); it is tokenized and folded.
  void AddText(std::string_view text, uint8_t kinds);

  // Kinds of the phrase with the given token hashes, 0 when absent.
  uint8_t Lookup(const uint64_t* token_hashes, size_t n) const;
  // Kinds of the one-token phrase `folded`, 0 when absent.
  uint8_t LookupWord(std::string_view folded) const {
    uint64_t h = GazetteerTokenHash(folded);
    return Lookup(&h, 1);
  }
  // Fills `out` (resized to the sentence) for tokens with hashes and capitalization flags.
  void Match(const std::vector<uint64_t>& token_hashes, const std::vector<bool>& capitalized,
             std::vector<GazetteerMatch>* out) const;

  size_t size() const { return entries_.size(); }
  size_t CountKind(GazetteerKind kind) const;

  // Binary form: u32 count, u32 max_tokens, then count x (u64 hash, u8 kinds), sorted by hash.
  void AppendTo(std::string* out) const;
  // Parses from `*data`, advancing it past the gazetteer.
  static Result<Gazetteer> Parse(std::string_view* data);

 private:
  GazetteerTable entries_;
  uint32_t max_tokens_ = 0;
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_GAZETTEER_H_
