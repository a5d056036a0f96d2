#include "store/sqlite_db.h"

namespace storyline {

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& o) noexcept {
  if (this != &o) {
    Release();
    db_ = o.db_;
    stmt_ = o.stmt_;
    owned_ = o.owned_;
    o.stmt_ = nullptr;
  }
  return *this;
}

void SqliteStatement::Release() {
  if (stmt_ == nullptr) return;
  if (owned_) {
    sqlite3_finalize(stmt_);
  } else {
    Reset();
  }
  stmt_ = nullptr;
}

SqliteStatement& SqliteStatement::Bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
SqliteStatement& SqliteStatement::Bind(int i, int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
SqliteStatement& SqliteStatement::Bind(int i, double v) {
  sqlite3_bind_double(stmt_, i, v);
  return *this;
}

SqliteStatement& SqliteStatement::BindBlob(int i, std::string_view v) {
  sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

bool SqliteStatement::Step(Status* status) {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) *status = Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return false;
}

Status SqliteStatement::Run() {
  Status status;
  while (Step(&status)) {
  }
  Reset();
  return status;
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string SqliteStatement::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  int n = sqlite3_column_bytes(stmt_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), n) : std::string();
}

std::string SqliteStatement::Blob(int col) const {
  const void* p = sqlite3_column_blob(stmt_, col);
  int n = sqlite3_column_bytes(stmt_, col);
  return p ? std::string(static_cast<const char*>(p), n) : std::string();
}

Status SqliteDb::Open(const std::string& path, bool read_only) {
  path_ = path;
  // Serialized: a store's EntityRecordReader shares the connection with
  // another thread (sqlite_entity_records.cc).
  int flags = SQLITE_OPEN_FULLMUTEX | (read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    return Status::IoError(path + ": cannot open store: " + msg);
  }
  sqlite3_busy_timeout(db_, 5000);
  return Status::Ok();
}

Status SqliteDb::Exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IoError(path_ + ": sqlite: " + msg);
  }
  return Status::Ok();
}

Result<SqliteStatement> SqliteDb::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return SqliteStatement(db_, it->second, /*owned=*/false);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Internal(path_ + ": sqlite prepare: " + sqlite3_errmsg(db_));
  }
  cache_.emplace(sql, stmt);
  return SqliteStatement(db_, stmt, /*owned=*/false);
}

Result<SqliteStatement> SqliteDb::PrepareOwned(const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Internal(path_ + ": sqlite prepare: " + sqlite3_errmsg(db_));
  }
  return SqliteStatement(db_, stmt, /*owned=*/true);
}

SqliteDb::~SqliteDb() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

}  // namespace storyline
