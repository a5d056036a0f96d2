#include "entities/resolver.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>
#include <unordered_set>

#include "entities/entity_record.h"
#include "entities/resolve_context.h"
#include "entities/resolve_local.h"
#include "entities/variants.h"

namespace storyline {

namespace {

// How strongly a local group matches an entity; 0 = not at all.
enum Strength { kNoMatch = 0, kWeak = 1, kInitials = 2, kStrong = 3 };

template <typename T>
bool Contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool IsMultiToken(const PreparedName& t) { return t.size() >= 2; }

// True when the entity's canonical name is the acronym `upper` itself ("GNA").
bool NamedByAcronym(const EntityRecord& r, std::string_view upper) {
  if (r.best_tokens.size() != 1) return false;
  const std::string& t = r.best_tokens.tokens[0].text;  // folded: lower case
  return t.size() == upper.size() &&
         std::equal(t.begin(), t.end(), upper.begin(), [](char a, char b) { return a == (b | 0x20); });
}

// How a shared acronym links a group to an entity. An acronym written alone
// ("GNA") joins an entity with that acronym. A name written out in full joins
// an entity named by the acronym alone when either this text defines the
// acronym as the name, or the entity's long form is still unknown. Otherwise
// the names decide: "American People" is not "Associated Press" for sharing
// "AP", "Bangkok Post" is not "BP" once "British Petroleum (BP)" was seen, and
// "Cape Cod" does not join "Congress" because some article wrote "Congress
// committee" ("CC").
Strength AcronymStrength(const LocalGroup& g, const EntityRecord& r) {
  for (const std::string& a : g.acronyms) {
    if (!Contains(r.acronyms, a)) continue;
    if (g.acronym_only) return r.acronym_defined ? kStrong : kInitials;
    bool r_is_acronym = NamedByAcronym(r, a);
    if (g.acronym_defined && (r_is_acronym || r.acronym_defined)) return kStrong;
    if (r_is_acronym && !r.acronym_defined) return kInitials;
  }
  return kNoMatch;
}

Strength FromMatch(NameMatch m, const PreparedName& a, const PreparedName& b, EntityType type) {
  if (m == NameMatch::kNone) return kNoMatch;
  bool both_multi = IsMultiToken(a) && IsMultiToken(b);
  if (m == NameMatch::kFull) return both_multi || type != EntityType::kPerson ? kStrong : kWeak;
  return both_multi ? kStrong : kWeak;
}

// People are compared by their fullest names, so that "Jeb Bush" never joins
// "George W. Bush" through a shared "Bush"; other types by their best pair of
// names ("Ford" ~ "Ford Motor Company" once either was seen as "Ford"), a
// weak pair not counting when two longer names start alike and differ.
Strength NameStrength(const LocalGroup& g, const EntityRecord& r) {
  if (g.type == EntityType::kPerson) {
    return FromMatch(CompareNames(g.best_tokens, r.best_tokens, g.type), g.best_tokens,
                     r.best_tokens, g.type);
  }
  Strength best = kNoMatch;
  bool conflict = false;
  for (const auto& a : g.names) {
    for (const auto& b : r.match_names) {
      NameMatch m = CompareNames(a, b, g.type);
      best = std::max(best, FromMatch(m, a, b, g.type));
      if (best == kStrong) return best;
      // "Apple Corps" against an entity also called "Apple Computer".
      conflict = conflict || (m == NameMatch::kNone && IsMultiToken(a) && IsMultiToken(b) &&
                              a.tokens.front().text == b.tokens.front().text);
    }
  }
  return conflict ? kNoMatch : best;
}

// Across tagger types: both have one name of two or more words written alike
// ("Aguila Saleh Issa" tagged as a place in one article and a person in
// another), or one side is a person, the other a place, and the fullest names
// agree as person names of two or more words ("Aguila Saleh" ~ "Aguila Saleh Issa").
bool SameLongName(const LocalGroup& g, const EntityRecord& r) {
  for (const auto& a : g.names) {
    if (a.size() >= 2 && r.match_keys.count(a.key) > 0) return true;
  }
  // Partial names only between person and place, the types taggers confuse
  // on foreign names ("Apple Computer CEO" must not reach "Apple Computer").
  auto person_place = [](EntityType a, EntityType b) {
    return a == EntityType::kPerson && b == EntityType::kPlace;
  };
  if (!person_place(g.type, r.entity.type) && !person_place(r.entity.type, g.type)) return false;
  return IsMultiToken(g.best_tokens) && IsMultiToken(r.best_tokens) &&
         CompareNames(g.best_tokens, r.best_tokens, EntityType::kPerson) != NameMatch::kNone;
}

// The type most of the entity's mentions were tagged with; a tie goes to
// person (taggers mostly mistake people for places), then to the current type.
// An entity whose own name is seen with a company's legal form ("Transocean
// Ltd" for "Transocean") is an organization, however often "Transocean said"
// was tagged as a person; another name with one ("Cameron Inc" in "James
// Cameron") does not count.
void VoteType(EntityRecord* r) {
  if (!r->corporate_keys.empty() && Contains(r->corporate_keys, r->best_tokens.key)) {
    r->entity.type = EntityType::kOrganization;
    return;
  }
  int best = static_cast<int>(r->entity.type);
  for (int t = 0; t < 4; ++t) {
    if (r->type_votes[t] > r->type_votes[best] ||
        (r->type_votes[t] == r->type_votes[best] && t == 0)) {
      best = t;
    }
  }
  r->entity.type = static_cast<EntityType>(best);
}

// How `g` matches entity `r`, on names alone (the context check comes later).
Strength CandidateStrength(const LocalGroup& g, const EntityRecord& r, const ResolverOptions& options) {
  Strength s = kNoMatch;
  if (r.entity.type == g.type) {
    s = std::max(NameStrength(g, r), AcronymStrength(g, r));
  } else if (SameLongName(g, r)) {
    s = kInitials;  // the tagger's type differs, the full name does not
  }
  return s == kInitials && !options.match_acronyms_by_initials ? kNoMatch : s;
}

int SharedContext(const std::vector<uint64_t>& context, const EntityRecord& r) {
  int shared = 0;
  for (uint64_t h : context) shared += r.context.Contains(h) ? 1 : 0;
  return shared;
}

std::string IdPrefix(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "p";
    case EntityType::kOrganization: return "o";
    case EntityType::kPlace: return "l";
    case EntityType::kOther: return "m";
  }
  return "m";
}

// How full a name is for the canonical choice: twice its words, plus one
// unless it is a formal state name, which counts as its country and loses a
// tie with it ("Russian Federation" ranks just below "Russia").
uint32_t CanonicalFullness(const std::vector<std::string>& tokens, EntityType type) {
  if (type == EntityType::kPlace && tokens.size() >= 2) {
    std::vector<std::vector<std::string>> countries = CountriesInFormalName(tokens);
    if (!countries.empty()) return static_cast<uint32_t>(2 * countries.front().size());
  }
  return static_cast<uint32_t>(2 * tokens.size() + 1);
}

// A variant is frequent when it has at least a tenth of the mentions of the
// most frequent one: "Tony Hayward Greenpeace", a tagger's run-on seen twice,
// must not name an entity mentioned as "Tony Hayward" hundreds of times, while
// a person's full name, written once per article before the surname alone
// ("Barack Obama", then "Obama" three or four times), still names it.
bool IsFrequentVariant(size_t k, const EntityRecord& r) {
  return r.variant_counts[k] * 10 >= r.top_variant_count;
}

// The fullest frequent form: of the frequent variants, most name tokens, then
// most mentions, then longest; the first such variant on ties. Kept up to date
// as variant `i` is added or counted: only `i` can newly beat the best unless
// the best stopped being frequent, and then all variants are ranked again.
void UpdateCanonical(size_t i, EntityRecord* r) {
  auto rank = [&](size_t k) {
    return std::make_tuple(r->variant_fullness[k], r->variant_counts[k], r->entity.variants[k].size());
  };
  auto better = [&](size_t k, size_t than) {
    return IsFrequentVariant(k, *r) && (rank(k) > rank(than) || (rank(k) == rank(than) && k < than));
  };
  r->top_variant_count = std::max(r->top_variant_count, r->variant_counts[i]);
  size_t& best = r->best_variant;
  if (IsFrequentVariant(best, *r)) {
    if (i != best && better(i, best)) best = i;
    return;
  }
  // The best of the frequent variants; the most frequent one always is.
  best = SIZE_MAX;
  for (size_t k = 0; k < r->variant_counts.size(); ++k) {
    if (IsFrequentVariant(k, *r) && (best == SIZE_MAX || better(k, best))) best = k;
  }
}

}  // namespace

EntityResolver::EntityResolver(ResolverOptions options) : options_(options) {}
EntityResolver::~EntityResolver() = default;
EntityResolver::EntityResolver(EntityResolver&&) noexcept = default;
EntityResolver& EntityResolver::operator=(EntityResolver&&) noexcept = default;

void EntityResolver::AddArticle(const std::string& article_id, std::string_view text,
                                std::vector<Mention>* mentions) {
  AddGroups(article_id, GroupLocally(options_, text, mentions), mentions);
}

std::vector<LocalGroup> EntityResolver::GroupLocally(const ResolverOptions& options, std::string_view text,
                                                     std::vector<Mention>* mentions) {
  if (options.split_titles) SplitPersonTitles(mentions);
  RetypeBareSurnames(mentions);
  return GroupArticleMentions(text, *mentions);
}

void EntityResolver::AddGroups(const std::string& article_id, std::vector<LocalGroup> groups,
                               std::vector<Mention>* mentions) {
  ++articles_seen_;
  std::vector<MergeSet> sets;
  MatchAndMerge(article_id, std::move(groups), mentions, &sets);
  KeepMerges(article_id, sets);
}

void EntityResolver::MatchAndMerge(const std::string& article_id, std::vector<LocalGroup> groups,
                                   std::vector<Mention>* mentions, std::vector<MergeSet>* sets) {
  for (Mention& m : *mentions) {
    if (m.article.empty()) m.article = article_id;
  }
  ReviveFiled(groups);
  RetypeCompanies(&groups, mentions);
  std::vector<uint64_t> keys;
  keys.reserve(groups.size());
  for (const LocalGroup& g : groups) keys.push_back(g.context_key);
  std::vector<int> targets(groups.size());
  std::vector<uint64_t> context;
  context.reserve(keys.size());
  for (size_t i = 0; i < groups.size(); ++i) {
    context.clear();
    for (size_t j = 0; j < keys.size(); ++j) {
      if (j != i && keys[j] != keys[i]) context.push_back(keys[j]);
    }
    // Decide every group against the entities known before this article, so
    // that two groups of one article never merge through the store.
    targets[i] = MatchGroup(groups[i], context);
  }
  MergeSet merged;  // kept only with an archive
  for (size_t i = 0; i < groups.size(); ++i) {
    OtherKeys(keys, i, &context);
    int target = targets[i] >= 0 ? targets[i] : NewEntity(groups[i]);
    MergeGroup(target, groups[i], article_id, context, mentions);
    if (archive_ != nullptr) merged.entities.push_back(records_[target]->entity.id);
  }
  if (archive_ != nullptr && !groups.empty()) {
    merged.keys = std::move(keys);
    sets->push_back(std::move(merged));
  }
}

void EntityResolver::RetypeCompanies(std::vector<LocalGroup>* groups, std::vector<Mention>* mentions) {
  for (const Mention& m : *mentions) {
    if (HasCorporateSuffix(m.text)) company_names_.insert(NameKey(m.text));
  }
  if (company_names_.empty()) return;
  for (LocalGroup& g : *groups) {
    if (g.type == EntityType::kOrganization) continue;
    // The fullest name only: a person's surname may also name a company.
    bool company = company_names_.count(g.best_tokens.key) > 0 ||
                   (g.type == EntityType::kPerson && IsBareCompanyName(g.best_tokens));
    if (!company) continue;
    g.type = EntityType::kOrganization;
    for (size_t i : g.mentions) (*mentions)[i].type = EntityType::kOrganization;
  }
}

bool EntityResolver::IsBareCompanyName(const PreparedName& name) const {
  if (name.size() != 1) return false;
  std::string key;
  const std::vector<int>* named = Filed('k', name.key, &key);
  if (named == nullptr) return false;
  bool company = std::any_of(named->begin(), named->end(), [this](int e) {
    return records_[e]->entity.type == EntityType::kOrganization && !records_[e]->corporate_keys.empty();
  });
  if (!company) return false;
  // "Jackson" is Michael Jackson's, whatever "Jackson Hewitt Inc" is called.
  const std::vector<int>* people = Filed('s', name.tokens.back().skeleton, &key);
  return people == nullptr || std::none_of(people->begin(), people->end(), [this](int e) {
           return records_[e]->entity.type == EntityType::kPerson && IsMultiToken(records_[e]->best_tokens);
         });
}

void EntityResolver::RestoreArticle(const std::string& article_id, std::string_view text,
                                    std::vector<Mention>* mentions) {
  ++articles_seen_;
  std::vector<LocalGroup> groups = GroupLocally(options_, text, mentions);
  ReviveFiled(groups);
  RetypeCompanies(&groups, mentions);  // as AddGroups did, so the type votes agree
  // The stored entity of each group: that of its first mention carrying one.
  std::vector<std::string> stored(groups.size());
  for (size_t i = 0; i < groups.size(); ++i) {
    for (size_t m : groups[i].mentions) {
      if (!(*mentions)[m].entity.empty()) {
        stored[i] = (*mentions)[m].entity;
        break;
      }
    }
  }
  std::vector<LocalGroup> unmatched;  // groups stored without an entity
  std::vector<uint64_t> context;
  MergeSet merged;  // every group's key is context; the stored ones merge
  for (const LocalGroup& g : groups) merged.keys.push_back(g.context_key);
  merged.entities.resize(groups.size());
  for (size_t i = 0; i < groups.size(); ++i) {
    if (stored[i].empty()) {
      unmatched.push_back(groups[i]);
      continue;
    }
    OtherKeys(merged.keys, i, &context);
    auto it = by_id_.find(stored[i]);
    int target = it != by_id_.end() ? it->second : Revive(stored[i]);
    if (target < 0) target = NewEntityWithId(groups[i], stored[i]);
    MergeGroup(target, groups[i], article_id, context, mentions);
    merged.entities[i] = stored[i];
  }
  std::vector<MergeSet> sets;
  if (archive_ != nullptr && !groups.empty()) sets.push_back(std::move(merged));
  if (!unmatched.empty()) MatchAndMerge(article_id, unmatched, mentions, &sets);
  KeepMerges(article_id, sets);
}

int EntityResolver::NewEntityWithId(const LocalGroup& group, const std::string& id) {
  int e = NewEntity(group);
  EntityRecord& r = *records_[e];
  if (r.entity.id == id) return e;  // the usual case: the replay made the same id
  by_id_.erase(r.entity.id);
  r.entity.id = id;
  by_id_[id] = e;
  // Ids are a kind letter and a number: new ids of that kind start after it.
  for (int t = 0; t < 4; ++t) {
    std::string prefix = IdPrefix(static_cast<EntityType>(t));
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) continue;
    int number = std::atoi(id.c_str() + prefix.size());
    next_id_[t] = std::max(next_id_[t], number + 1);
  }
  return e;
}

const std::vector<int>* EntityResolver::Filed(char kind, std::string_view value, std::string* key) const {
  IndexKey(kind, value, key);
  auto it = index_.find(*key);
  return it == index_.end() ? nullptr : &it->second;
}

std::vector<int> EntityResolver::Candidates(const LocalGroup& group) const {
  std::vector<int> candidates;
  std::string key;
  auto collect = [&](char kind, std::string_view value) {
    const std::vector<int>* filed = Filed(kind, value, &key);
    if (filed == nullptr) return;
    // A first word shared by very many entities ("national") tells nothing;
    // exact names are still found under their "k:" key.
    if (kind == 'f' && (filed->size() > options_.max_block_size || oversized_.count(key) > 0)) return;
    candidates.insert(candidates.end(), filed->begin(), filed->end());
  };
  for (const PreparedName& name : group.names) {
    if (name.empty()) continue;
    // People share their surname, or their first name when a short form drops
    // the last one ("Aguila Saleh" for "Aguila Saleh Issa"); other names their
    // first word. Index() files names under the same keys.
    if (group.type == EntityType::kPerson) collect('s', name.tokens.back().skeleton);
    collect('f', name.tokens.front().skeleton);
    collect('k', name.key);
  }
  for (const std::string& a : group.acronyms) {
    collect('a', a);
    if (options_.match_acronyms_by_initials) collect('k', NameKey(a));
  }
  // In creation order (ties in MatchGroup go to the earlier entity), whatever
  // slots retired and revived entities took.
  std::sort(candidates.begin(), candidates.end(),
            [this](int a, int b) { return records_[a]->created < records_[b]->created; });
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  return candidates;
}

int EntityResolver::MatchGroup(const LocalGroup& group, const std::vector<uint64_t>& context) const {
  const std::vector<int> candidates = Candidates(group);
  std::vector<Strength> strengths(candidates.size());
  for (size_t c = 0; c < candidates.size(); ++c) {
    strengths[c] = CandidateStrength(group, *records_[candidates[c]], options_);
  }
  // One candidate matching, and not weakly, wins whatever its shared context
  // (its score is positive, the best so far is 0): the context check, a
  // probe per co-occurring name, is skipped for this, the common case.
  size_t matching = 0, lone = 0;
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (strengths[c] != kNoMatch) ++matching, lone = c;
  }
  if (matching == 1 && strengths[lone] != kWeak) return candidates[lone];
  int best = -1;
  long best_score = 0;
  std::vector<int> weak_without_context;
  for (size_t c = 0; c < candidates.size(); ++c) {
    int e = candidates[c];
    const EntityRecord& r = *records_[e];
    Strength s = strengths[c];
    if (s == kNoMatch) continue;
    EnsureRevived(records_[e].get());
    int shared = SharedContext(context, r);
    if (s == kWeak && shared < options_.weak_match_min_shared_context) {
      weak_without_context.push_back(e);
      continue;
    }
    long score = s * 100000L + shared * 100L + std::min(r.mentions, 99);
    if (score > best_score) { best_score = score; best = e; }
  }
  if (best < 0 && options_.accept_unique_weak_match && weak_without_context.size() == 1) {
    return weak_without_context[0];
  }
  return best;
}

int EntityResolver::NewEntity(const LocalGroup& group) {
  auto r = std::make_unique<EntityRecord>(options_.max_context_keys);
  int type = static_cast<int>(group.type);
  do {  // skipping ids a restored entity took (RestoreArticle)
    r->entity.id = IdPrefix(group.type) + std::to_string(next_id_[type]++);
  } while (by_id_.count(r->entity.id) > 0);
  r->entity.type = group.type;
  r->created = next_created_++;
  std::string id = r->entity.id;
  int e = NewSlot(std::move(r));
  by_id_[id] = e;
  changed_.push_back(e);
  return e;
}

int EntityResolver::NewSlot(std::unique_ptr<EntityRecord> record) {
  if (free_slots_.empty()) {
    records_.push_back(std::move(record));
    return static_cast<int>(records_.size()) - 1;
  }
  int e = free_slots_.back();
  free_slots_.pop_back();
  records_[e] = std::move(record);
  return e;
}

void EntityResolver::MarkChanged(int e) {
  EntityRecord& r = *records_[e];
  r.last_seen = articles_seen_;
  if (r.dirty) return;
  r.dirty = true;
  changed_.push_back(e);
}

// Counts `surface` (`count` more mentions); a new surface, while fewer than
// max_variants are known, becomes a variant and adds its names to match on.
void EntityResolver::AddVariant(const std::string& surface, int count, EntityRecord* r) const {
  auto& v = r->entity.variants;
  auto it = r->variant_index.find(surface);
  size_t i = 0;
  if (it != r->variant_index.end()) {
    i = it->second;
    r->variant_counts[i] += count;
  } else {
    if (v.size() >= options_.max_variants) return;
    i = v.size();
    r->variant_index.emplace(surface, static_cast<uint32_t>(i));
    v.push_back(surface);
    r->variant_counts.push_back(count);
    // NameVariants starts with NameTokens(surface), and is empty when that is.
    std::vector<std::vector<std::string>> names = NameVariants(surface, r->entity.type);
    r->variant_fullness.push_back(names.empty() ? 0 : CanonicalFullness(names.front(), r->entity.type));
    for (auto& tokens : names) {
      PreparedName name = PrepareName(tokens);
      if (r->match_keys.insert(name.key).second) r->match_names.push_back(std::move(name));
    }
  }
  UpdateCanonical(i, r);
}

void EntityResolver::MergeGroup(int e, const LocalGroup& group, const std::string& article_id,
                                const std::vector<uint64_t>& context,
                                std::vector<Mention>* mentions) {
  MarkChanged(e);
  EntityRecord& r = *records_[e];
  EnsureRevived(&r);
  size_t old_best = r.entity.variants.empty() ? SIZE_MAX : r.best_variant;
  for (const std::string& s : group.surfaces) AddVariant(s, 0, &r);
  for (size_t i : group.mentions) {
    Mention& m = (*mentions)[i];
    m.entity = r.entity.id;
    AddVariant(m.text, 1, &r);
    ++r.type_votes[static_cast<int>(m.type)];
    if (r.corporate_keys.size() < 4 && HasCorporateSuffix(m.text)) {
      std::string key = NameKey(m.text);
      if (!Contains(r.corporate_keys, key)) r.corporate_keys.push_back(std::move(key));
    }
    if (!m.title.empty() && r.titles.size() < options_.max_titles &&
        r.titles.insert(m.title).second) {
      r.entity.titles.push_back(m.title);
    }
    ++r.mentions;
  }
  for (const std::string& a : group.acronyms) {
    // Acronyms come from the variants' initials and definitions: as many
    // as variants at most is plenty.
    if (r.acronyms.size() < options_.max_variants && !Contains(r.acronyms, a)) {
      r.acronyms.push_back(a);
    }
  }
  r.acronym_defined = r.acronym_defined || group.acronym_defined;
  r.context.Add(context);
  // Groups of one article reach an entity one after another: the last
  // article listed is the only one that can repeat.
  if (r.entity.articles.empty() || r.entity.articles.back() != article_id) {
    r.entity.articles.push_back(article_id);
  }
  if (r.best_variant != old_best && r.best_variant < r.entity.variants.size()) {
    r.entity.name = r.entity.variants[r.best_variant];
    r.best_tokens = PrepareName(NameTokens(r.entity.name));
  }
  VoteType(&r);
  Index(e);
}

void EntityResolver::Index(int e) {
  EntityRecord& r = *records_[e];
  std::string key;
  auto add = [&](char kind, std::string_view value) {
    IndexKey(kind, value, &key);
    if (Contains(r.filed_keys, key)) return;  // once per entity and key
    r.filed_keys.push_back(key);
    index_[key].push_back(e);
  };
  for (; r.indexed_names < r.match_names.size(); ++r.indexed_names) {
    const PreparedName& name = r.match_names[r.indexed_names];
    if (name.empty()) continue;
    if (r.entity.type == EntityType::kPerson) add('s', name.tokens.back().skeleton);
    add('f', name.tokens.front().skeleton);
    add('k', name.key);
  }
  for (; r.indexed_acronyms < r.acronyms.size(); ++r.indexed_acronyms) add('a', r.acronyms[r.indexed_acronyms]);
}

std::vector<Entity> EntityResolver::Entities() const {
  std::vector<EntityRecord*> held;
  for (const auto& r : records_) {
    if (r) held.push_back(r.get());
  }
  std::sort(held.begin(), held.end(), [](auto* a, auto* b) { return a->created < b->created; });
  std::vector<Entity> out;
  out.reserve(held.size());
  for (EntityRecord* r : held) {
    EnsureRevived(r);
    Entity e = r->entity;
    // Most frequent variants first; ties keep first-seen order.
    std::vector<size_t> order(e.variants.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return r->variant_counts[a] > r->variant_counts[b];
    });
    e.variants.clear();
    for (size_t i : order) e.variants.push_back(r->entity.variants[i]);
    out.push_back(std::move(e));
  }
  return out;
}

const Entity* EntityResolver::Find(const std::string& id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return nullptr;
  EnsureRevived(records_[it->second].get());
  return &records_[it->second]->entity;
}

}  // namespace storyline
