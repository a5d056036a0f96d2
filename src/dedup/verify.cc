#include "dedup/verify.h"

#include <algorithm>

#include "dedup/shingle.h"

namespace storyline::dedup {

ExactComparer::ExactComparer(std::string_view text, int shingle_words)
    : shingle_words_(shingle_words), set_(ShingleSet(text, shingle_words)) {}

Similarity ExactComparer::Compare(std::string_view other) const {
  std::vector<uint64_t> b = ShingleSet(other, shingle_words_);
  const std::vector<uint64_t>& small = set_.size() <= b.size() ? set_ : b;
  const std::vector<uint64_t>& large = set_.size() <= b.size() ? b : set_;
  Similarity s;
  s.jaccard = ExactJaccard(set_, b);
  s.containment = ExactContainment(small, large);
  s.smaller = small.size();
  s.larger = large.size();
  return s;
}

}  // namespace storyline::dedup
