// The distinct token forms of one document, for the tagger.
//
// News text repeats its words ("the", "said", the names it is about), and
// most of a token's features depend on its form alone: hashes, shape,
// affixes, word classes, and the weight sum of those features. The tagger
// interns each token here and computes those once per form, not once per
// occurrence; the context features still come from each occurrence.
//
// Ownership: the table keeps string_views of the forms; they must outlive it.
// Thread-safety: none; one table per Tag call.
#ifndef STORYLINE_ENTITIES_NER_TOKEN_TYPES_H_
#define STORYLINE_ENTITIES_NER_TOKEN_TYPES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/ner_features.h"
#include "entities/ner_model.h"

namespace storyline {

class NerTokenTypes {
 public:
  // Id of the form (`raw` as written, `folded`), added when new; then
  // `*fresh` is true and the caller fills info(id).
  uint32_t Intern(std::string_view raw, std::string_view folded, bool* fresh);

  // The form's NerTokenInfo; its `gaz` field is unused (it depends on the sentence).
  NerTokenInfo& info(uint32_t id) { return types_[id].info; }
  // The weight sums (kNerRowStride) of the form's own features, once summed.
  bool summed(uint32_t id) const { return types_[id].summed; }
  const int32_t* sums(uint32_t id) const { return types_[id].sums; }
  // Sets summed(id); the caller writes the kNerRowStride sums.
  int32_t* mutable_sums(uint32_t id);

  size_t size() const { return types_.size(); }

 private:
  struct Type {
    std::string_view raw, folded;
    uint64_t hash = 0;  // of raw, picks the slot
    NerTokenInfo info;
    bool summed = false;
    int32_t sums[kNerRowStride] = {};
  };

  void Grow();

  std::vector<Type> types_;
  std::vector<uint32_t> slots_;  // open addressing, linear probing: type id + 1, 0 = empty
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_TOKEN_TYPES_H_
