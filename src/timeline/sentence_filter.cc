#include "timeline/sentence_filter.h"

#include "text/normalize.h"
#include "text/tokenize.h"

namespace storyline {

SentenceFilter::SentenceFilter(const std::vector<std::string>& query_terms, size_t min_words,
                               size_t max_words)
    : min_words_(min_words), max_words_(max_words) {
  for (const std::string& t : query_terms) {
    std::string folded = Fold(t);
    if (!folded.empty()) terms_.push_back(std::move(folded));
  }
}

bool SentenceFilter::Allows(std::string_view sentence) const {
  size_t words = 0;
  bool matched = terms_.empty();
  ForEachWord(sentence, [&](Span, std::string_view norm) {
    ++words;
    for (size_t i = 0; !matched && i < terms_.size(); ++i) matched = norm.starts_with(terms_[i]);
  });
  return matched && words >= min_words_ && words <= max_words_;
}

}  // namespace storyline
