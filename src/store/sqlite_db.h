// Thin RAII wrappers over the SQLite C API: a connection and prepared
// statements with typed binds and columns. Errors become Status values that
// quote SQLite's own message.
#ifndef STORYLINE_STORE_SQLITE_DB_H_
#define STORYLINE_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "storyline/status.h"

namespace storyline {

class SqliteStatement {
 public:
  SqliteStatement() = default;
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  SqliteStatement(SqliteStatement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  SqliteStatement& operator=(SqliteStatement&& o) noexcept;
  ~SqliteStatement() { sqlite3_finalize(stmt_); }

  // Binds are 1-based, as in SQLite.
  SqliteStatement& Bind(int i, std::string_view v);
  SqliteStatement& Bind(int i, int64_t v);
  SqliteStatement& Bind(int i, double v);
  // Steps once: true while a row is available, false when done; errors in *status.
  bool Step(Status* status);
  // Runs to completion (for writes), then resets for reuse.
  Status Run();
  void Reset();

  std::string Text(int col) const;
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteDb {
 public:
  SqliteDb() = default;
  ~SqliteDb() { sqlite3_close_v2(db_); }
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  Status Open(const std::string& path, bool read_only);
  Status Exec(const std::string& sql);
  Result<SqliteStatement> Prepare(const std::string& sql);
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace storyline

#endif  // STORYLINE_STORE_SQLITE_DB_H_
