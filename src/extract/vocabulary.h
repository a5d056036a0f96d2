// The content-word stems of an article's body, for asking whether a line talks
// about the same things ("Jets hit Libya's al-Watiya airbase" against a report of
// a press conference). A stem is the first kStemBytes bytes of a folded, non-stop
// word of at least three bytes: crude, but it matches "consultation(s)" and
// "Libya's" without a stemmer.
#ifndef STORYLINE_EXTRACT_VOCABULARY_H_
#define STORYLINE_EXTRACT_VOCABULARY_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_set>

namespace storyline {

inline constexpr size_t kStemBytes = 5;

class Vocabulary {
 public:
  void Add(std::string_view text);
  // Share of the content stems of `text` that are in the vocabulary; 1 when
  // `text` has no content words (nothing to contradict).
  double Overlap(std::string_view text) const;
  size_t size() const { return stems_.size(); }

 private:
  std::unordered_set<uint64_t> stems_;
};

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_VOCABULARY_H_
