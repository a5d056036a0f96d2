// Within-article grouping of mentions, the first step of entity resolution
// (see resolver.h). Longer names are placed first so that a later bare surname
// or acronym attaches to the full name wherever it stands in the text.
#ifndef STORYLINE_ENTITIES_RESOLVE_LOCAL_H_
#define STORYLINE_ENTITIES_RESOLVE_LOCAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/variants.h"
#include "storyline/model.h"

namespace storyline {

// The mentions of one article that name one entity.
struct LocalGroup {
  EntityType type = EntityType::kOther;
  std::vector<size_t> mentions;           // indices into the article's mentions
  std::vector<std::string> surfaces;      // distinct surface forms, first seen first
  std::vector<PreparedName> names;        // NameVariants of each surface
  PreparedName best_tokens;               // NameTokens of the fullest name
  std::string best_surface;               // that name as written
  std::vector<std::string> acronyms;      // upper case: defined in the text or initials
  bool acronym_only = false;              // named only by an acronym ("GNA")
  bool acronym_defined = false;           // the text defines it ("... (GNA)")
  uint64_t context_key = 0;               // what other groups see of this one
};

// Groups `mentions` (spans into `text`). Mentions whose name has no tokens are
// left out of every group.
std::vector<LocalGroup> GroupArticleMentions(std::string_view text,
                                             const std::vector<Mention>& mentions);

// Splits titles off person mentions in place (Mention::title, text, span);
// an organization or place mention that is a title and a full name becomes a
// person ("Field Marshal Khalifa Haftar" tagged ORG).
void SplitPersonTitles(std::vector<Mention>* mentions);

// One sense per article for surnames: a one-word place or organization that
// is the last word of a person named in full in the same article is that
// person ("Hayward" tagged a place in an article on "Tony Hayward"), unless
// the word is also part of a longer place or organization name there
// ("Washington" beside "Washington Post").
void RetypeBareSurnames(std::vector<Mention>* mentions);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_RESOLVE_LOCAL_H_
