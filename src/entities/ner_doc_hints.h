// Document memory for the tagger's second pass. A name is usually written in
// full once and then repeated or shortened ("Sergey Lavrov" ... "Lavrov
// said"); a sentence alone often cannot tell what "Lavrov" is, the document
// can. After a first pass, each capitalized word gets a hint: the entity type
// its other occurrences in the document were tagged with.
#ifndef STORYLINE_ENTITIES_NER_DOC_HINTS_H_
#define STORYLINE_ENTITIES_NER_DOC_HINTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace storyline {

enum DocHint : uint8_t {
  kHintNone = 0,  // not capitalized, or no other occurrence in the document
  kHintPer, kHintOrg, kHintLoc, kHintMisc,  // majority entity type of the other occurrences
  kHintOther,     // other occurrences exist, all tagged O
};

// Hints for every token of one document. `raw`, `folded` and `tags` (NerTag
// ids of the first pass) hold one vector per sentence, of equal lengths.
std::vector<std::vector<uint8_t>> DocumentHints(const std::vector<std::vector<std::string_view>>& raw,
                                                const std::vector<std::vector<std::string_view>>& folded,
                                                const std::vector<std::vector<int>>& tags);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_DOC_HINTS_H_
