// The entity resolver's saved state in a SQLite store (schemas 3 to 5):
// tables entity_records, entity_keys, article_merges and resolver_state, and
// the reader of entity_articles (docs/storage.md).
#ifndef STORYLINE_STORE_SQLITE_ENTITY_RECORDS_H_
#define STORYLINE_STORE_SQLITE_ENTITY_RECORDS_H_

#include <memory>
#include <string>
#include <vector>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace storyline {

Status PutEntityRecordRow(SqliteDb* db, const std::string& id, const std::string& record,
                          const std::vector<std::string>& keys);
Status PutArticleMergesRow(SqliteDb* db, const std::string& article_id, const std::string& merges);
Status PutResolverStateRow(SqliteDb* db, const std::string& state);
Result<std::string> GetResolverStateRow(SqliteDb* db);

// Appends the articles of entity `id` to `articles`, in the order they were
// stored (entity_articles). `st` is a statement of kEntityArticlesSql: the
// store's own, or the reader's on another thread under the connection's mutex.
extern const char* const kEntityArticlesSql;
Status ReadEntityArticleRows(SqliteStatement* st, const std::string& id, std::vector<std::string>* articles);

// A reader over `db`'s connection with statements of its own; each call
// holds the connection's mutex throughout, so it may run on another thread
// than the one using `db` (opened serialized: SqliteDb::Open). It sees the
// writes of the transaction in flight on that connection.
Result<std::unique_ptr<EntityRecordReader>> NewSqliteEntityRecordReader(SqliteDb* db);

}  // namespace storyline

#endif  // STORYLINE_STORE_SQLITE_ENTITY_RECORDS_H_
