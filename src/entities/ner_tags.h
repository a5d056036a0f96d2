// The BIO tag set of the named-entity tagger and the mapping from the label
// sets of the training corpora (CrossNER, UNER, GUM, MEANTIME) onto it.
// Persons, organizations and places are output. Other names (events, works,
// products, languages: CoNLL's MISC) are learned as MISC, so that the model
// does not learn that capitalized names are O, and are output as O.
#ifndef STORYLINE_ENTITIES_NER_TAGS_H_
#define STORYLINE_ENTITIES_NER_TAGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/model.h"

namespace storyline {

// Tag ids, in the order of the weight columns of a model.
enum NerTag : int { kTagO = 0, kTagBPer, kTagIPer, kTagBOrg, kTagIOrg, kTagBLoc, kTagILoc, kTagBMisc, kTagIMisc };
constexpr int kNumNerTags = 9;

const char* NerTagName(int tag);  // "O", "B-PER", ..., "B-MISC"
// The output name of a tag: MISC tags are "O".
const char* NerOutputTagName(int tag);
// Parses "B-PER" etc.; kUnknownNerTag ("?", a label the data leaves open)
// is kTagUnknown; any other string is O.
int ParseNerTag(std::string_view name);
inline constexpr const char* kUnknownNerTag = "?";
constexpr int kTagUnknown = -1;
// True when `tag` may follow `prev` in BIO (I-X only after B-X or I-X). prev = -1 at sentence start.
bool NerTransitionAllowed(int prev, int tag);

// "PER", "ORG" or "LOC" for a corpus entity label ("politician", "politicalparty",
// "country", "GPE", "person", "organization", "place", ...), "MISC" for other
// names ("misc", "event", "election", "product", "abstract", "object"); "" for
// labels that are dropped ("time", "substance"...).
std::string MapEntityLabel(std::string_view label);

// Maps a corpus BIO sequence ("B-politician", "I-country", "B-MISC") to our tags
// and repairs stray I- tags (an I- that does not continue an entity becomes B-).
// MISC becomes O unless `keep_misc`.
std::vector<std::string> MapBioTags(const std::vector<std::string>& tags, bool keep_misc = false);
// Replaces B-MISC/I-MISC with O.
void DropMiscTags(std::vector<std::string>* tags);

// EntityType of "PER"/"ORG"/"LOC" (the type part of a tag).
EntityType EntityTypeOfLabel(std::string_view type);

// Entity chunks of a BIO sequence, conlleval-style (a chunk starts at B-X, or at
// an I-X that does not continue an X): [begin, end) token ranges with their type (PER/ORG/LOC).
struct TagSpan {
  size_t begin = 0;
  size_t end = 0;
  std::string type;
};
std::vector<TagSpan> SpansFromTags(const std::vector<std::string>& tags);
// The same chunks from tag ids (NerTag), without building tag strings.
std::vector<TagSpan> SpansFromTagIds(const std::vector<int>& tags);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_TAGS_H_
