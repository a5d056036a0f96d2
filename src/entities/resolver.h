// Cross-document entity resolution over a stream of articles.
//
// Each article is resolved in two steps. Within the article, mentions are
// grouped (longest names first) so that "Lavrov" joins "Sergey Lavrov" and
// "GNA" joins "Government of National Accord" when the text defines it as
// "Government of National Accord (GNA)" or its initials spell it; titles are
// split off person mentions ("Field Marshal Khalifa Haftar" -> title
// "Field Marshal", name "Khalifa Haftar"). Then each group is matched against
// the entities known from earlier articles: same type (or, for a name of two
// or more words written alike, any type: taggers mistype), compatible names (see
// variants.h: accents, particles, transliteration, initials; acronyms), and for
// weak evidence (a bare surname, a one-word organization) a context check: the
// article must share co-occurring names with the entity, so two people called
// Smith in unrelated stories stay apart. A group that matches nothing starts a
// new entity. The canonical name is the fullest frequent form.
//
// Thread-safety: not thread-safe; one resolver per stream. GroupLocally is
// the exception: a pure function, callable from any thread.
#ifndef STORYLINE_ENTITIES_RESOLVER_H_
#define STORYLINE_ENTITIES_RESOLVER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/entity_archive.h"
#include "storyline/model.h"
#include "storyline/status.h"

namespace storyline {

struct ResolverOptions {
  // Split person titles off mentions: Mention::title gets "Foreign Minister",
  // Mention::text and span shrink to the name. Default true.
  bool split_titles = true;
  // A weak match (bare surname, one-word organization) across articles needs at
  // least this many co-occurring names shared between the article and the
  // entity's earlier articles. Default 1.
  int weak_match_min_shared_context = 1;
  // ... unless exactly one known entity is compatible and this is true.
  // Default false: a lone surname in an unrelated story starts a new entity.
  bool accept_unique_weak_match = false;
  // Also link acronyms across articles by initials alone ("UN" ~ "United
  // Nations") when the acronym was never defined. Default true.
  bool match_acronyms_by_initials = true;
  // Candidate lists by first word longer than this are skipped (exact names
  // are still looked up). Keeps resolution fast on long streams. Default 64.
  size_t max_block_size = 64;

  // Memory bounds per entity on an unbounded stream (see resolve.md). An
  // entity's list of articles stays complete.
  // Co-occurring names remembered for the context check: the most recent
  // between half this and this many distinct keys (ContextMemory), 5.3 to 11
  // bytes each. Default 16384 (about 180 KiB at most, reached only by hub
  // entities such as a country named in thousands of articles).
  size_t max_context_keys = 16384;
  // Distinct surface forms kept as variants (and matched on); later new forms
  // still resolve to the entity but are not added. Also caps the entity's
  // acronyms. Default 256.
  size_t max_variants = 256;
  // Distinct titles kept ("President", "former President"). Default 64.
  size_t max_titles = 64;
  // With an archive (AttachArchive): the bits of a Bloom filter of the keys
  // filing entities not held, so that the archive is asked only about keys
  // that may file one (allocated when the first entity leaves memory). A key
  // wrongly let through costs one lookup. Default 2^26 (8 MiB): one lookup in
  // 100 wasted at 8 million such keys.
  size_t unheld_filter_bits = size_t{1} << 26;
};

// Internal record of one entity (entity_record.h).
struct EntityRecord;
struct LocalGroup;
struct MergeSet;
struct PreparedName;

class EntityResolver {
 public:
  explicit EntityResolver(ResolverOptions options = {});
  ~EntityResolver();
  EntityResolver(EntityResolver&&) noexcept;
  EntityResolver& operator=(EntityResolver&&) noexcept;

  // Resolves one article's mentions (in text order): fills Mention::entity for
  // each, merging within the article first, then against known entities.
  // `text` is the article's clean text (for "Name (ACR)" patterns); mention
  // spans index into it. May rewrite Mention::text/span/title (title split)
  // and sets an empty Mention::article to `article_id`.
  void AddArticle(const std::string& article_id, std::string_view text,
                  std::vector<Mention>* mentions);

  // AddArticle in two halves. The first, within the article (title split and
  // grouping), needs no resolver state, so it may run ahead on any thread;
  // the second matches its groups against the known entities. AddGroups(id,
  // GroupLocally(options(), text, &m), &m) is AddArticle(id, text, &m).
  static std::vector<LocalGroup> GroupLocally(const ResolverOptions& options, std::string_view text,
                                              std::vector<Mention>* mentions);
  void AddGroups(const std::string& article_id, std::vector<LocalGroup> groups,
                 std::vector<Mention>* mentions);
  // Re-admits an article resolved by an earlier run, its mentions as stored:
  // each group joins the entity its mentions carry (Mention::entity), made
  // under that id if it is not known yet, instead of being matched again. So
  // the entities and their ids are those of the run that stored the article,
  // whatever the matching rules are now, and no matching is paid for. A group
  // whose mentions carry no entity is matched as in AddArticle.
  void RestoreArticle(const std::string& article_id, std::string_view text, std::vector<Mention>* mentions);

  // Never changes after construction: safe to read from any thread.
  const ResolverOptions& options() const { return options_; }

  // --- Bounded memory on an unbounded stream (entity_archive.h) ---
  //
  // Entities not held in memory are read from `archive` (which must outlive
  // the resolver) and held again (revived) when a mention's blocking keys
  // file them. With revival the answers are those of a resolver that never
  // let go of an entity: ids, mentions and entities are the same.
  void AttachArchive(EntityArchive* archive) { archive_ = archive; }
  // What changed since the last checkpoint, for the caller to save before
  // the resolver runs again: the records of the entities changed (for the
  // archive) and the resolver's own state (for LoadState).
  struct Checkpoint {
    std::vector<ArchivedEntity> entities;
    std::vector<ArchivedArticle> articles;  // added or restored since the last one
    std::string state;
  };
  Checkpoint TakeCheckpoint();
  // Drops from memory all but the `max_live` most recently mentioned
  // entities. Only entities saved since their last change are dropped, and
  // none without an archive. Returns how many were dropped.
  size_t Retire(size_t max_live);
  // Continues from a checkpoint's `state` (entities are revived from the
  // archive, which must be attached, as needed); false, changing nothing, on
  // bytes it did not write.
  bool LoadState(std::string_view state);
  size_t live_entities() const { return by_id_.size(); }
  // The first error the archive reported (the lookup then found nothing).
  const Status& archive_status() const { return archive_status_; }

  // All entities held in memory (all so far, unless some were retired), in
  // creation order: id, canonical name, type, variants (most frequent first),
  // titles, articles.
  std::vector<Entity> Entities() const;
  // nullptr when unknown or not held. Valid until the next AddArticle.
  const Entity* Find(const std::string& id) const;

 private:
  // The entities filed under one blocking key (kind 's' surname skeleton, 'f'
  // first-word skeleton, 'k' name key, 'a' acronym), or nullptr; `key` is
  // scratch for the key's text.
  const std::vector<int>* Filed(char kind, std::string_view value, std::string* key) const;
  // Known entities filed under any of the group's blocking keys, ascending, distinct.
  std::vector<int> Candidates(const LocalGroup& group) const;
  // The known entity the group joins, or -1.
  int MatchGroup(const LocalGroup& group, const std::vector<uint64_t>& context) const;
  int NewEntity(const LocalGroup& group);
  // NewEntity under a stored `id` ("p12"); later ids of its kind come after it.
  int NewEntityWithId(const LocalGroup& group, const std::string& id);
  void MergeGroup(int entity, const LocalGroup& group, const std::string& article_id,
                  const std::vector<uint64_t>& context, std::vector<Mention>* mentions);
  void AddVariant(const std::string& surface, int count, EntityRecord* r) const;
  // Files the NameKeys of `mentions` written with a company's legal form
  // ("Transocean Ltd"), then makes organizations of the groups named by one
  // of the names filed so far, in this article or before ("Transocean said",
  // which a tagger often takes for a person).
  // A lone word tagged as a person ("Anadarko said") is also taken for a
  // company when a known organization seen with a legal form ("Anadarko
  // Petroleum Corp") was called by that word alone, and no person known by a
  // fuller name has it as a surname.
  void RetypeCompanies(std::vector<LocalGroup>* groups, std::vector<Mention>* mentions);
  bool IsBareCompanyName(const PreparedName& name) const;
  void Index(int entity);  // adds the entity's names not yet indexed
  // AddGroups without counting an article (RestoreArticle counts it); with
  // an archive, appends the merges made to `sets`.
  void MatchAndMerge(const std::string& article_id, std::vector<LocalGroup> groups,
                     std::vector<Mention>* mentions, std::vector<MergeSet>* sets);
  // Keeps an article's merge sets for the next checkpoint (with an archive).
  void KeepMerges(const std::string& article_id, const std::vector<MergeSet>& sets);
  // Adds to the revived entity's context what the merges of its articles
  // added; false when the archive lacks an article's merges.
  bool RebuildContext(EntityRecord* record) const;
  // Reads a revived entity's articles and rebuilds its context on first use
  // (most revived entities are looked at, never matched): before a context
  // check, a merge, or a copy of the entity. Const: both are caches of the
  // archive's rows.
  void EnsureRevived(EntityRecord* record) const;
  // Holds again the archived entities that matching `groups` can look up.
  void ReviveFiled(const std::vector<LocalGroup>& groups);
  void ReviveUnder(char kind, std::string_view value, std::string* key);
  // Holds again the archived entity `id`; -1 when the archive has none.
  int Revive(const std::string& id);
  void MarkChanged(int entity);
  int NewSlot(std::unique_ptr<EntityRecord> record);  // a free slot of records_, or a new one
  void Drop(int entity);  // Retire's removal of one entity from memory
  // Keeps the first archive error in archive_status_ (OK is ignored).
  void NoteArchiveError(const Status& status) const;
  // The Bloom filter of unheld keys (unheld_filter_).
  void MarkUnheld(std::string_view key);
  bool MayFileUnheld(std::string_view key) const;

  ResolverOptions options_;
  std::vector<std::unique_ptr<EntityRecord>> records_;  // null: a slot freed by Retire
  std::vector<int> free_slots_;
  std::vector<int> changed_;  // entities changed since the last checkpoint
  std::vector<ArchivedArticle> merged_articles_;  // since the last checkpoint (with an archive)
  std::unordered_map<std::string, int> by_id_;
  // Blocking keys -> entity indices: surname skeletons, full keys, acronyms.
  std::unordered_map<std::string, std::vector<int>> index_;
  int next_id_[4] = {1, 1, 1, 1};  // per EntityType: the number of its next id
  // NameKeys of names seen with a legal form (RetypeCompanies).
  std::unordered_set<std::string> company_names_;
  uint64_t next_created_ = 0;   // EntityRecord::created of the next entity
  uint64_t articles_seen_ = 0;  // articles added or restored, ever
  EntityArchive* archive_ = nullptr;
  mutable Status archive_status_;  // set by lookups, some made in const matching
  // Blocking keys under which the archive holds no entity that is not held
  // in memory (so ReviveFiled need not ask again); a retired entity's keys
  // leave it. Cleared when it grows past a bound.
  std::unordered_set<std::string> settled_keys_;
  // First-word keys filing more than max_block_size entities, counting those
  // not held: Candidates skips them as it would if every entity were held.
  std::unordered_set<std::string> oversized_;
  // Bloom filter of the keys that may file an entity not held (see
  // ResolverOptions::unheld_filter_bits); empty until one is.
  std::vector<uint64_t> unheld_filter_;
  bool any_unheld_ = false;  // some entity was retired, or state loaded
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_RESOLVER_H_
