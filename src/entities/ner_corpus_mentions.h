// Turns coreference-style entity mentions (MEANTIME, GUM), which include
// nominal phrases ("the company", "Airbus parent company EADS N.V."), into
// CoNLL-style name spans: the capitalized run of the mention, with a leading
// "The" and, for persons, title words dropped. Outer mentions are projected
// first, so "University of Toronto" stays one ORG rather than ORG + LOC.
#ifndef STORYLINE_ENTITIES_NER_CORPUS_MENTIONS_H_
#define STORYLINE_ENTITIES_NER_CORPUS_MENTIONS_H_

#include <string>
#include <vector>

namespace storyline {

struct CorpusMention {
  size_t begin = 0;  // first token
  size_t end = 0;    // one past the last token
  std::string type;  // "PER", "ORG" or "LOC"
};

// BIO tags for `tokens` from the named parts of `mentions`.
std::vector<std::string> ProjectMentions(const std::vector<std::string>& tokens,
                                         std::vector<CorpusMention> mentions);

// True when every capitalized word after the first token (other than stop
// words, weekdays and months) lies inside one of `mentions` (of any type,
// events included). MEANTIME leaves many names unannotated; sentences that
// fail this test would teach the tagger that names are O.
bool MentionsCoverNames(const std::vector<std::string>& tokens, const std::vector<CorpusMention>& mentions);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_CORPUS_MENTIONS_H_
