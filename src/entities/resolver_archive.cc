// EntityResolver's bounded memory: checkpoints, retiring entities from memory
// and reviving them from the archive (resolver.h, entity_archive.h).
#include <algorithm>
#include <cstdint>

#include "common/hash.h"
#include "entities/entity_record.h"
#include "entities/resolve_local.h"
#include "entities/resolver.h"
#include "entities/variants.h"

namespace storyline {
namespace {

// settled_keys_ is cleared beyond this many keys (it then fills again from
// the archive's answers).
constexpr size_t kMaxSettledKeys = size_t{1} << 20;

// The filter's three bit positions for a key (double hashing), masked by the
// caller.
void FilterBits(std::string_view key, uint64_t out[3]) {
  uint64_t h = Hash64(key);
  uint64_t step = (h >> 32) | 1;
  for (int i = 0; i < 3; ++i) out[i] = h + static_cast<uint64_t>(i) * step;
}

}  // namespace

void EntityResolver::NoteArchiveError(const Status& status) const {
  if (!status.ok() && archive_status_.ok()) archive_status_ = status;
}

void EntityResolver::MarkUnheld(std::string_view key) {
  if (unheld_filter_.empty()) {
    size_t words = 1;
    while (words * 64 < options_.unheld_filter_bits) words *= 2;
    unheld_filter_.assign(words, 0);
  }
  uint64_t mask = unheld_filter_.size() * 64 - 1;
  uint64_t bits[3];
  FilterBits(key, bits);
  for (uint64_t b : bits) unheld_filter_[(b & mask) >> 6] |= uint64_t{1} << (b & 63);
}

bool EntityResolver::MayFileUnheld(std::string_view key) const {
  if (unheld_filter_.empty()) return false;
  uint64_t mask = unheld_filter_.size() * 64 - 1;
  uint64_t bits[3];
  FilterBits(key, bits);
  for (uint64_t b : bits) {
    if ((unheld_filter_[(b & mask) >> 6] & (uint64_t{1} << (b & 63))) == 0) return false;
  }
  return true;
}

EntityResolver::Checkpoint EntityResolver::TakeCheckpoint() {
  Checkpoint out;
  for (int e : changed_) {
    EntityRecord* r = records_[e].get();
    if (r == nullptr || !r->dirty) continue;
    ArchivedEntity saved;
    saved.id = r->entity.id;
    saved.keys.assign(r->filed_keys.begin() + static_cast<std::ptrdiff_t>(r->saved_keys), r->filed_keys.end());
    saved.record = EncodeRecord(*r);
    r->saved_keys = r->filed_keys.size();
    r->dirty = false;
    out.entities.push_back(std::move(saved));
  }
  changed_.clear();
  out.articles = std::move(merged_articles_);
  merged_articles_.clear();
  ResolverState state;
  std::copy(std::begin(next_id_), std::end(next_id_), std::begin(state.next_id));
  state.next_created = next_created_;
  state.articles_seen = articles_seen_;
  state.company_names.assign(company_names_.begin(), company_names_.end());
  std::sort(state.company_names.begin(), state.company_names.end());
  out.state = EncodeResolverState(state);
  return out;
}

bool EntityResolver::LoadState(std::string_view bytes) {
  ResolverState state;
  if (!DecodeResolverState(bytes, &state)) return false;
  std::copy(std::begin(state.next_id), std::end(state.next_id), std::begin(next_id_));
  next_created_ = state.next_created;
  articles_seen_ = state.articles_seen;
  company_names_.clear();
  company_names_.insert(state.company_names.begin(), state.company_names.end());
  settled_keys_.clear();
  // Every saved entity may be one not held.
  any_unheld_ = true;
  if (archive_ != nullptr) {
    NoteArchiveError(archive_->ForEachKey([this](std::string_view key) { MarkUnheld(key); }));
  }
  return true;
}

size_t EntityResolver::Retire(size_t max_live) {
  if (archive_ == nullptr || by_id_.size() <= max_live) return 0;
  std::vector<int> saved;  // only saved entities may go
  for (size_t e = 0; e < records_.size(); ++e) {
    if (records_[e] && !records_[e]->dirty) saved.push_back(static_cast<int>(e));
  }
  size_t excess = std::min(by_id_.size() - max_live, saved.size());
  auto least_recent = [this](int a, int b) {
    const EntityRecord& x = *records_[a];
    const EntityRecord& y = *records_[b];
    return x.last_seen != y.last_seen ? x.last_seen < y.last_seen : x.created < y.created;
  };
  std::nth_element(saved.begin(), saved.begin() + static_cast<std::ptrdiff_t>(excess), saved.end(), least_recent);
  for (size_t i = 0; i < excess; ++i) Drop(saved[i]);
  return excess;
}

void EntityResolver::Drop(int e) {
  EntityRecord& r = *records_[e];
  for (const std::string& key : r.filed_keys) {
    auto it = index_.find(key);
    if (it == index_.end()) continue;
    std::vector<int>& filed = it->second;
    // Still too many to look at once the others are not held.
    if (key[0] == 'f' && filed.size() > options_.max_block_size) oversized_.insert(key);
    filed.erase(std::find(filed.begin(), filed.end(), e));
    settled_keys_.erase(key);
    MarkUnheld(key);
    if (filed.empty()) index_.erase(it);
  }
  any_unheld_ = true;
  by_id_.erase(r.entity.id);
  records_[e].reset();
  free_slots_.push_back(e);
}

void EntityResolver::KeepMerges(const std::string& article_id, const std::vector<MergeSet>& sets) {
  if (archive_ == nullptr || sets.empty()) return;
  merged_articles_.push_back({article_id, EncodeMergeSets(sets)});
}

void EntityResolver::EnsureRevived(EntityRecord* r) const {
  if (!r->revival_pending) return;
  r->revival_pending = false;
  Status status = archive_->LoadEntityArticles(r->entity.id, &r->entity.articles);
  if (!status.ok()) return NoteArchiveError(status);
  if (!RebuildContext(r)) {
    NoteArchiveError(
        Status::Corruption("entity archive: the merges of an article of entity " + r->entity.id + " are missing"));
  }
}

bool EntityResolver::RebuildContext(EntityRecord* r) const {
  std::string bytes;
  std::vector<MergeSet> sets;
  std::vector<uint64_t> context;
  for (const std::string& article : r->entity.articles) {
    Status status = archive_->LoadArticle(article, &bytes);
    if (!status.ok()) {
      NoteArchiveError(status);
      return false;
    }
    if (!DecodeMergeSets(bytes, &sets)) return false;
    for (const MergeSet& set : sets) {
      for (size_t i = 0; i < set.keys.size(); ++i) {
        if (set.entities[i] != r->entity.id) continue;
        OtherKeys(set.keys, i, &context);
        r->context.Add(context);
      }
    }
  }
  return true;
}

int EntityResolver::Revive(const std::string& id) {
  if (archive_ == nullptr || !any_unheld_) return -1;
  std::string bytes;
  Status status = archive_->Load(id, &bytes);
  if (status.ok() && bytes.empty()) return -1;
  auto r = std::make_unique<EntityRecord>(options_.max_context_keys);
  if (status.ok() && (!DecodeRecord(bytes, r.get()) || r->entity.id != id)) {
    status = Status::Corruption("entity archive: unreadable record of entity " + id);
  }
  if (!status.ok()) {
    NoteArchiveError(status);
    return -1;
  }
  r->revival_pending = true;  // articles and context on first use
  int e = NewSlot(std::move(r));
  by_id_[id] = e;
  for (const std::string& key : records_[e]->filed_keys) index_[key].push_back(e);
  return e;
}

void EntityResolver::ReviveUnder(char kind, std::string_view value, std::string* key) {
  IndexKey(kind, value, key);
  if (!MayFileUnheld(*key) || settled_keys_.count(*key) > 0 || oversized_.count(*key) > 0) return;
  auto it = index_.find(*key);
  size_t held = it == index_.end() ? 0 : it->second.size();
  // A first-word block is skipped when it files too many entities: enough
  // ids to tell, counting those held (the archive lists them too).
  size_t limit = kind == 'f' ? options_.max_block_size + 1 + held : SIZE_MAX;
  std::vector<std::string> ids;
  Status status = archive_->Lookup(*key, limit, &ids);
  if (!status.ok()) return NoteArchiveError(status);
  std::vector<std::string> not_held;
  for (std::string& id : ids) {
    if (by_id_.count(id) == 0) not_held.push_back(std::move(id));
  }
  if (kind == 'f' && held + not_held.size() > options_.max_block_size) {
    oversized_.insert(*key);
    return;
  }
  for (const std::string& id : not_held) Revive(id);
  if (settled_keys_.size() >= kMaxSettledKeys) settled_keys_.clear();
  settled_keys_.insert(*key);
}

void EntityResolver::ReviveFiled(const std::vector<LocalGroup>& groups) {
  if (archive_ == nullptr) return;
  std::string key;
  // Every key Candidates and RetypeCompanies may look up, whatever type the
  // group ends up with.
  auto revive_name = [&](const PreparedName& name) {
    if (name.empty()) return;
    ReviveUnder('s', name.tokens.back().skeleton, &key);
    ReviveUnder('f', name.tokens.front().skeleton, &key);
    ReviveUnder('k', name.key, &key);
  };
  for (const LocalGroup& g : groups) {
    for (const PreparedName& name : g.names) revive_name(name);
    revive_name(g.best_tokens);
    for (const std::string& a : g.acronyms) {
      ReviveUnder('a', a, &key);
      ReviveUnder('k', NameKey(a), &key);
    }
  }
}

}  // namespace storyline
