// Thin RAII wrappers over the SQLite C API: a connection and prepared
// statements with typed binds and columns. Errors become Status values that
// quote SQLite's own message.
#ifndef STORYLINE_STORE_SQLITE_DB_H_
#define STORYLINE_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "storyline/status.h"

namespace storyline {

// A prepared statement. An owned one is finalized when destroyed; a borrowed
// one (from the connection's cache) is only reset, ready for its next use.
class SqliteStatement {
 public:
  SqliteStatement() = default;
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, bool owned = true) : db_(db), stmt_(stmt), owned_(owned) {}
  SqliteStatement(SqliteStatement&& o) noexcept : db_(o.db_), stmt_(o.stmt_), owned_(o.owned_) { o.stmt_ = nullptr; }
  SqliteStatement& operator=(SqliteStatement&& o) noexcept;
  ~SqliteStatement() { Release(); }

  // Binds are 1-based, as in SQLite.
  SqliteStatement& Bind(int i, std::string_view v);
  SqliteStatement& Bind(int i, int64_t v);
  SqliteStatement& Bind(int i, double v);
  SqliteStatement& BindBlob(int i, std::string_view v);
  // Steps once: true while a row is available, false when done; errors in *status.
  bool Step(Status* status);
  // Runs to completion (for writes), then resets for reuse.
  Status Run();
  void Reset();

  std::string Text(int col) const;
  std::string Blob(int col) const;
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }

 private:
  void Release();

  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  bool owned_ = true;
};

class SqliteDb {
 public:
  SqliteDb() = default;
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  Status Open(const std::string& path, bool read_only);
  Status Exec(const std::string& sql);
  // A statement for `sql`, prepared once per connection and reused: callers
  // must not use two statements of the same SQL at once.
  Result<SqliteStatement> Prepare(const std::string& sql);
  // A statement of the caller's own (finalized when it is destroyed).
  Result<SqliteStatement> PrepareOwned(const std::string& sql);
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace storyline

#endif  // STORYLINE_STORE_SQLITE_DB_H_
