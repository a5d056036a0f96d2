// Which sentences may appear in a timeline: a plausible length, and, when the
// story has query words, at least one word starting with one of them
// ("spill" admits "spills"; "egypt" admits "Egyptian").
#ifndef STORYLINE_TIMELINE_SENTENCE_FILTER_H_
#define STORYLINE_TIMELINE_SENTENCE_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

namespace storyline {

class SentenceFilter {
 public:
  // `query_terms` are folded here; empty ones are ignored.
  SentenceFilter(const std::vector<std::string>& query_terms, size_t min_words, size_t max_words);

  bool Allows(std::string_view sentence) const;

 private:
  std::vector<std::string> terms_;
  size_t min_words_;
  size_t max_words_;
};

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_SENTENCE_FILTER_H_
