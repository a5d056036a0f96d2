// Where an EntityResolver keeps the entities it is not holding in memory.
//
// On an unbounded stream the resolver cannot keep every entity it has seen:
// at every checkpoint (EntityResolver::TakeCheckpoint) it saves the record
// of each entity changed and the merges of each article added, drops the
// least recently mentioned entities from memory (Retire), and brings an
// entity back (revives it) when a new mention's blocking keys file it. The
// archive is what it reads them back from: the store in the engine
// (pipeline/), a map in tests.
//
// Thread-safety: the resolver calls Lookup and Load from the thread it runs
// on, which may not be the thread that writes the checkpoints; an
// implementation must allow that.
#ifndef STORYLINE_ENTITIES_ENTITY_ARCHIVE_H_
#define STORYLINE_ENTITIES_ENTITY_ARCHIVE_H_

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"

namespace storyline {

// One entity as saved: its id, the blocking keys it is filed under (never
// fewer than at an earlier save), and its record (opaque bytes that only the
// resolver reads).
struct ArchivedEntity {
  std::string id;
  std::vector<std::string> keys;
  std::string record;
};

// The merges of one article into entities (entity_record.h, MergeSet), from
// which the resolver rebuilds a revived entity's context.
struct ArchivedArticle {
  std::string id;
  std::string merges;
};

class EntityArchive {
 public:
  virtual ~EntityArchive() = default;
  // Appends to `ids` the ids of saved entities filed under `key`, at most
  // `limit` of them (any order).
  virtual Status Lookup(const std::string& key, size_t limit, std::vector<std::string>* ids) = 0;
  // Sets `record` to the last record saved for `id`; empty when none was.
  virtual Status Load(const std::string& id, std::string* record) = 0;
  // Calls `fn` with every key that files a saved entity (each once).
  virtual Status ForEachKey(const std::function<void(std::string_view)>& fn) = 0;
  // Sets `merges` to those saved for article `id`; empty when none were.
  virtual Status LoadArticle(const std::string& id, std::string* merges) = 0;
  // Sets `articles` to the articles that name entity `id`, in order, as of
  // its last saved record (records leave them out: the caller keeps them,
  // one row an article, e.g. Store::PutEntity).
  virtual Status LoadEntityArticles(const std::string& id, std::vector<std::string>* articles) = 0;
};

// An archive in memory, for tests and tools.
class MemoryEntityArchive : public EntityArchive {
 public:
  void Save(const ArchivedEntity& entity);
  void SaveArticle(const ArchivedArticle& article) { articles_[article.id] = article.merges; }
  // Lists `article` among the articles of `entity`, unless it is the last one listed.
  void AddEntityArticle(const std::string& entity, const std::string& article);
  Status Lookup(const std::string& key, size_t limit, std::vector<std::string>* ids) override;
  Status Load(const std::string& id, std::string* record) override;
  Status ForEachKey(const std::function<void(std::string_view)>& fn) override;
  Status LoadArticle(const std::string& id, std::string* merges) override;
  Status LoadEntityArticles(const std::string& id, std::vector<std::string>* articles) override;
  size_t size() const { return records_.size(); }

 private:
  std::map<std::string, std::string> records_;
  std::map<std::string, std::set<std::string>> keys_;
  std::map<std::string, std::string> articles_;
  std::map<std::string, std::vector<std::string>> entity_articles_;
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_ENTITY_ARCHIVE_H_
