#include "entities/entity_archive.h"

namespace storyline {
namespace {

// Sets `out` to the value of `id` in `map`; empty when it has none.
template <typename Value>
Status CopyOrClear(const std::map<std::string, Value>& map, const std::string& id, Value* out) {
  auto it = map.find(id);
  if (it == map.end()) {
    out->clear();
  } else {
    *out = it->second;
  }
  return Status::Ok();
}

}  // namespace

void MemoryEntityArchive::Save(const ArchivedEntity& entity) {
  records_[entity.id] = entity.record;
  for (const std::string& key : entity.keys) keys_[key].insert(entity.id);
}

Status MemoryEntityArchive::Lookup(const std::string& key, size_t limit, std::vector<std::string>* ids) {
  auto it = keys_.find(key);
  if (it == keys_.end()) return Status::Ok();
  for (const std::string& id : it->second) {
    if (limit-- == 0) break;
    ids->push_back(id);
  }
  return Status::Ok();
}

Status MemoryEntityArchive::Load(const std::string& id, std::string* record) {
  return CopyOrClear(records_, id, record);
}

Status MemoryEntityArchive::ForEachKey(const std::function<void(std::string_view)>& fn) {
  for (const auto& [key, ids] : keys_) fn(key);
  return Status::Ok();
}

Status MemoryEntityArchive::LoadArticle(const std::string& id, std::string* merges) {
  return CopyOrClear(articles_, id, merges);
}

void MemoryEntityArchive::AddEntityArticle(const std::string& entity, const std::string& article) {
  std::vector<std::string>& list = entity_articles_[entity];
  if (list.empty() || list.back() != article) list.push_back(article);
}

Status MemoryEntityArchive::LoadEntityArticles(const std::string& id, std::vector<std::string>* articles) {
  return CopyOrClear(entity_articles_, id, articles);
}

}  // namespace storyline
