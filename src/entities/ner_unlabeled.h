// What unlabeled news text says about words: a word written capitalized in
// the middle of sentences most of the times it appears there ("Mubarak",
// "Tahrir", "Obama") is name-like; a capitalized word that is usually written
// in lower case mid-sentence ("Protesters" at a sentence start) is not. The
// trainer adds name-like words to the gazetteer (kGazNameLike), so the tagger
// knows thousands of names its labeled data never shows.
#ifndef STORYLINE_ENTITIES_NER_UNLABELED_H_
#define STORYLINE_ENTITIES_NER_UNLABELED_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storyline/status.h"

namespace storyline {

struct NameLikeOptions {
  int min_count = 3;              // mid-sentence occurrences needed to judge a word
  double min_capitalized = 0.8;  // share of them written capitalized
};

// Counts mid-sentence (not sentence-initial) words of `texts`.
class CapitalizationCounter {
 public:
  void AddText(std::string_view text);
  // Folded name-like words, sorted.
  std::vector<std::string> NameLikeWords(const NameLikeOptions& options) const;

 private:
  struct Counts {
    int capitalized = 0;
    int total = 0;
  };
  std::unordered_map<std::string, Counts> counts_;
};

// Name-like words of the "text" fields of every <dir>/*/articles.jsonl (the
// T17 layout), sorted. NotFound when no such file exists.
Result<std::vector<std::string>> NameLikeWordsInArticles(const std::string& dir, const NameLikeOptions& options);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_UNLABELED_H_
