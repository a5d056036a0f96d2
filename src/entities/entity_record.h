// The resolver's record of one entity (private to src/entities), and its
// encoding for an EntityArchive.
#ifndef STORYLINE_ENTITIES_ENTITY_RECORD_H_
#define STORYLINE_ENTITIES_ENTITY_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/resolve_context.h"
#include "entities/variants.h"
#include "storyline/model.h"

namespace storyline {

// Everything known about one entity across articles. Sizes are bounded by
// ResolverOptions (variants, titles, context keys) except entity.articles.
struct EntityRecord {
  explicit EntityRecord(size_t max_context_keys) : context(max_context_keys) {}

  Entity entity;
  std::vector<int> variant_counts;                  // parallel to entity.variants
  std::vector<uint32_t> variant_fullness;           // CanonicalFullness(variant), likewise
  std::unordered_map<std::string, uint32_t> variant_index;  // variant -> its position
  std::vector<PreparedName> match_names;            // NameVariants of all variants, distinct
  std::unordered_set<std::string> match_keys;       // PreparedName::key of each match name
  std::unordered_set<std::string> titles;           // entity.titles, for lookups
  size_t best_variant = 0;                          // index of the canonical name
  int top_variant_count = 0;                        // the largest of variant_counts
  PreparedName best_tokens;                         // its NameTokens
  std::vector<std::string> acronyms;                // upper case
  bool acronym_defined = false;
  ContextMemory context;                            // co-occurring names' keys
  int mentions = 0;
  int type_votes[4] = {0, 0, 0, 0};  // mentions tagged with each EntityType
  // NameKeys of mentions that end in a legal form (HasCorporateSuffix), a few.
  std::vector<std::string> corporate_keys;
  size_t indexed_names = 0;     // match_names[0..indexed_names) are in the index
  size_t indexed_acronyms = 0;  // likewise for acronyms
  // The blocking keys the entity is filed under, distinct, in filing order.
  std::vector<std::string> filed_keys;
  size_t saved_keys = 0;        // filed_keys[0..saved_keys) are in the archive
  uint64_t created = 0;         // creation order among all entities, ever
  uint64_t last_seen = 0;       // the resolver's article count at its last mention
  bool dirty = true;            // changed since it was last saved
  // Revived, without its articles and context yet (EnsureRevived).
  bool revival_pending = false;
};

// The record as bytes for EntityArchive, and back: everything but the lookups
// derived from it, the article list (kept by the archive's owner, one row an
// article, so that a record does not grow with the entity's articles) and
// the context, which the resolver rebuilds from the merges of the entity's
// articles (MergeSet). Decoding fills a new record;
// it returns false (leaving `r` unspecified) on bytes that EncodeRecord did
// not write. Decoded, with its context rebuilt, the record answers every
// resolver question as the encoded one did; its filed keys are all saved
// and it is clean.
std::string EncodeRecord(const EntityRecord& r);
bool DecodeRecord(std::string_view bytes, EntityRecord* r);

// One call of the resolver's merge loop on an article: the context keys of
// the groups it merged, in order, and the entity each group joined ("" for a
// group whose key counts as context but that joined no entity in this call).
// The group i that joined entity E added every key of the set but key i to
// E's context, so an entity's context is rebuilt by replaying the sets of its
// articles in order: an article's sets are a few hundred bytes, where each
// entity's context would repeat the article's keys once per entity.
struct MergeSet {
  std::vector<uint64_t> keys;
  std::vector<std::string> entities;  // parallel to keys
};
std::string EncodeMergeSets(const std::vector<MergeSet>& sets);
// The context a merge of group i adds to its entity: every key of `keys` but
// the i-th, into `out` (cleared first). The merge and the rebuild of a revived
// entity's context both use it, so that they add the same keys.
void OtherKeys(const std::vector<uint64_t>& keys, size_t i, std::vector<uint64_t>* out);
bool DecodeMergeSets(std::string_view bytes, std::vector<MergeSet>* sets);

// The resolver's own state beside its entities, and its bytes.
struct ResolverState {
  int next_id[4] = {1, 1, 1, 1};            // per EntityType: the next id's number
  uint64_t next_created = 0;                // EntityRecord::created of the next entity
  uint64_t articles_seen = 0;               // articles added or restored, ever
  std::vector<std::string> company_names;   // NameKeys seen with a legal form
};
std::string EncodeResolverState(const ResolverState& state);
bool DecodeResolverState(std::string_view bytes, ResolverState* state);

// A key of the blocking index: a kind letter ('s' surname skeleton, 'f'
// first-word skeleton, 'k' name key, 'a' acronym), ':', the value. Written
// into `key`, a buffer the caller reuses across probes.
inline void IndexKey(char kind, std::string_view value, std::string* key) {
  key->assign(1, kind);
  key->push_back(':');
  key->append(value);
}

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_ENTITY_RECORD_H_
