// Turns coreference-style entity mentions (MEANTIME, GUM), which include
// nominal phrases ("the company", "Airbus parent company EADS N.V."), into
// CoNLL-style name spans: the capitalized run of the mention, with a leading
// "The" and, for persons, title words dropped. Outer mentions are projected
// first, so "University of Toronto" stays one ORG rather than ORG + LOC.
#ifndef STORYLINE_ENTITIES_NER_CORPUS_MENTIONS_H_
#define STORYLINE_ENTITIES_NER_CORPUS_MENTIONS_H_

#include <string>
#include <unordered_set>
#include <vector>

namespace storyline {

struct CorpusMention {
  static constexpr size_t kNoHead = static_cast<size_t>(-1);
  size_t begin = 0;        // first token
  size_t end = 0;          // one past the last token
  std::string type;        // "PER", "ORG" or "LOC"
  size_t head = kNoHead;   // the syntactic head's token, where the data has trees
};

// BIO tags for `tokens` from the named parts of `mentions`. A mention's name
// is the capitalized run that holds its head when it has one ("Houston" of
// "Houston, Texas", whose "Texas" is a mention of its own), else its longest
// run (the last of equal ones: English names are head-final).
std::vector<std::string> ProjectMentions(const std::vector<std::string>& tokens,
                                         std::vector<CorpusMention> mentions);

// The capitalized words (other than stop words, weekdays and months) that lie
// in none of `mentions` (of any type, events included): names the source may
// have left unannotated. The first token counts only when its folded form is
// not in `lower_case_words` (words the corpus writes in lower case somewhere):
// "Shares fell" is no name at the start of a sentence, "Russia's exchanges"
// may be. MEANTIME leaves many names unannotated (only the participants of
// its annotated events are marked); tagging these O would teach the tagger
// that names are O.
std::vector<size_t> UnannotatedNames(const std::vector<std::string>& tokens, const std::vector<CorpusMention>& mentions,
                                     const std::unordered_set<std::string>& lower_case_words);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_CORPUS_MENTIONS_H_
