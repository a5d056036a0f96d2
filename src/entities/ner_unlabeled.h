// What unlabeled news text says about words: a word written capitalized in
// the middle of sentences most of the times it appears there ("Mubarak",
// "Tahrir", "Obama") is name-like; a capitalized word that is usually written
// in lower case mid-sentence ("Protesters" at a sentence start) is not. The
// trainer adds name-like words to the gazetteer (kGazNameLike), so the tagger
// knows thousands of names its labeled data never shows.
#ifndef STORYLINE_ENTITIES_NER_UNLABELED_H_
#define STORYLINE_ENTITIES_NER_UNLABELED_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/conll.h"
#include "entities/word_clusters.h"
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

// Calls `fn` with the "text" field of every record of the JSON Lines files
// that `paths` name: files, or folders searched (recursively) for files named
// articles.jsonl (the layout of ../shared/data/t17 and ecbplus-dev). Files are
// read in sorted order. NotFound when no such file exists.
Status ForEachArticleText(const std::vector<std::string>& paths, const std::function<void(std::string_view)>& fn);

// Name-like words of the article texts under `paths`, sorted.
Result<std::vector<std::string>> NameLikeWordsInArticles(const std::vector<std::string>& paths,
                                                         const NameLikeOptions& options);

// Word classes (word_clusters.h) of the text of the labeled sentences and of
// the articles under `text_paths`, tokenized as the tagger tokenizes.
Result<WordClusters> ClusterWords(const std::vector<std::string>& text_paths, const std::vector<NerSentence>& labeled,
                                  const WordClusterOptions& options, std::vector<std::string>* log);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_UNLABELED_H_
