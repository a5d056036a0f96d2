// Document-level type agreement: a news article names one Cisco, so every
// mention of the same name gets one type, the one most of its mentions got;
// an acronym defined in the text ("Kennedy Space Center (KSC)") takes the
// type of its name. The second-pass document hints (ner_doc_hints.h) make
// agreement likely; this makes it certain where the votes are clear.
#ifndef STORYLINE_ENTITIES_NER_TYPE_VOTE_H_
#define STORYLINE_ENTITIES_NER_TYPE_VOTE_H_

#include <string_view>
#include <vector>

namespace storyline {

// `tags` (NerTag ids, one vector per sentence of `folded`) are retyped in
// place: a name's mentions take the type that strictly more of them have than
// any other type (ties change nothing); MISC names take part in the vote, so a
// name mostly tagged MISC loses its stray PER/ORG/LOC mentions.
void VoteMentionTypes(const std::vector<std::vector<std::string_view>>& raw,
                      const std::vector<std::vector<std::string_view>>& folded, std::vector<std::vector<int>>* tags);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_TYPE_VOTE_H_
