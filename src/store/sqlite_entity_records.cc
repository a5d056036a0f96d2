#include "store/sqlite_entity_records.h"

#include <cstdint>
#include <limits>

namespace storyline {
namespace {

// The row of resolver_state that holds EntityResolver's checkpoint state.
constexpr const char* kResolverStateName = "resolver";

class ConnectionLock {
 public:
  explicit ConnectionLock(sqlite3_mutex* mutex) : mutex_(mutex) { sqlite3_mutex_enter(mutex_); }
  ~ConnectionLock() { sqlite3_mutex_leave(mutex_); }
  ConnectionLock(const ConnectionLock&) = delete;
  ConnectionLock& operator=(const ConnectionLock&) = delete;

 private:
  sqlite3_mutex* mutex_;
};

class SqliteEntityRecordReader : public EntityRecordReader {
 public:
  SqliteEntityRecordReader(sqlite3_mutex* mutex, SqliteStatement lookup, SqliteStatement load, SqliteStatement keys,
                           SqliteStatement merges, SqliteStatement articles)
      : mutex_(mutex),
        lookup_(std::move(lookup)),
        load_(std::move(load)),
        keys_(std::move(keys)),
        merges_(std::move(merges)),
        articles_(std::move(articles)) {}

  Status Lookup(const std::string& key, size_t limit, std::vector<std::string>* ids) override {
    ConnectionLock lock(mutex_);
    auto bound = static_cast<int64_t>(std::min<size_t>(limit, std::numeric_limits<int64_t>::max()));
    lookup_.Bind(1, key).Bind(2, bound);
    Status status;
    while (lookup_.Step(&status)) ids->push_back(lookup_.Text(0));
    lookup_.Reset();
    return status;
  }

  Status LoadEntityArticles(const std::string& id, std::vector<std::string>* articles) override {
    ConnectionLock lock(mutex_);
    articles->clear();
    return ReadEntityArticleRows(&articles_, id, articles);
  }

  Status Load(const std::string& id, std::string* record) override { return ReadBlob(&load_, id, record); }
  Status LoadArticleMerges(const std::string& id, std::string* merges) override {
    return ReadBlob(&merges_, id, merges);
  }

  Status ForEachKey(const std::function<void(std::string_view)>& fn) override {
    ConnectionLock lock(mutex_);
    Status status;
    while (keys_.Step(&status)) fn(keys_.Text(0));
    keys_.Reset();
    return status;
  }

 private:
  // The blob column of the row `st` finds for `id`; empty when none.
  Status ReadBlob(SqliteStatement* st, const std::string& id, std::string* out) {
    ConnectionLock lock(mutex_);
    st->Bind(1, id);
    Status status;
    if (st->Step(&status)) {
      *out = st->Blob(0);
    } else {
      out->clear();
    }
    st->Reset();
    return status;
  }

  sqlite3_mutex* mutex_;
  SqliteStatement lookup_;
  SqliteStatement load_;
  SqliteStatement keys_;
  SqliteStatement merges_;
  SqliteStatement articles_;
};

}  // namespace

Status PutEntityRecordRow(SqliteDb* db, const std::string& id, const std::string& record,
                          const std::vector<std::string>& keys) {
  auto put = db->Prepare("INSERT OR REPLACE INTO entity_records (id, record) VALUES (?, ?)");
  if (!put.ok()) return put.status();
  STORYLINE_RETURN_IF_ERROR(put->Bind(1, id).BindBlob(2, record).Run());
  auto file = db->Prepare("INSERT OR IGNORE INTO entity_keys (key, id) VALUES (?, ?)");
  if (!file.ok()) return file.status();
  for (const std::string& key : keys) STORYLINE_RETURN_IF_ERROR(file->Bind(1, key).Bind(2, id).Run());
  return Status::Ok();
}

Status PutArticleMergesRow(SqliteDb* db, const std::string& article_id, const std::string& merges) {
  auto st = db->Prepare("INSERT OR REPLACE INTO article_merges (article, merges) VALUES (?, ?)");
  if (!st.ok()) return st.status();
  return st->Bind(1, article_id).BindBlob(2, merges).Run();
}

Status PutResolverStateRow(SqliteDb* db, const std::string& state) {
  auto st = db->Prepare("INSERT OR REPLACE INTO resolver_state (name, value) VALUES (?, ?)");
  if (!st.ok()) return st.status();
  return st->Bind(1, std::string(kResolverStateName)).BindBlob(2, state).Run();
}

const char* const kEntityArticlesSql = "SELECT article FROM entity_articles WHERE entity = ? ORDER BY n";

Status ReadEntityArticleRows(SqliteStatement* st, const std::string& id, std::vector<std::string>* articles) {
  st->Bind(1, id);
  Status status;
  while (st->Step(&status)) articles->push_back(st->Text(0));
  st->Reset();
  return status;
}

Result<std::string> GetResolverStateRow(SqliteDb* db) {
  auto st = db->Prepare("SELECT value FROM resolver_state WHERE name = ?");
  if (!st.ok()) return st.status();
  Status status;
  std::string state;
  if (st->Bind(1, std::string(kResolverStateName)).Step(&status)) state = st->Blob(0);
  st->Reset();
  if (!status.ok()) return status;
  return state;
}

Result<std::unique_ptr<EntityRecordReader>> NewSqliteEntityRecordReader(SqliteDb* db) {
  sqlite3_mutex* mutex = sqlite3_db_mutex(db->handle());
  if (mutex == nullptr) return Status::Internal(db->path() + ": store connection is not serialized");
  auto lookup = db->PrepareOwned("SELECT id FROM entity_keys WHERE key = ? LIMIT ?");
  if (!lookup.ok()) return lookup.status();
  auto load = db->PrepareOwned("SELECT record FROM entity_records WHERE id = ?");
  if (!load.ok()) return load.status();
  auto keys = db->PrepareOwned("SELECT DISTINCT key FROM entity_keys");
  if (!keys.ok()) return keys.status();
  auto merges = db->PrepareOwned("SELECT merges FROM article_merges WHERE article = ?");
  if (!merges.ok()) return merges.status();
  auto articles = db->PrepareOwned(kEntityArticlesSql);
  if (!articles.ok()) return articles.status();
  return std::unique_ptr<EntityRecordReader>(
      new SqliteEntityRecordReader(mutex, std::move(lookup).value(), std::move(load).value(), std::move(keys).value(),
                                   std::move(merges).value(), std::move(articles).value()));
}

}  // namespace storyline
