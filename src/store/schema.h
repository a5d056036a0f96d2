// The SQLite schema and its versioned migrations (PRAGMA user_version).
// docs/storage.md describes every table; a new version appends a migration,
// never edits an old one.
#ifndef STORYLINE_STORE_SCHEMA_H_
#define STORYLINE_STORE_SCHEMA_H_

#include "store/sqlite_db.h"

namespace storyline {

constexpr int kSchemaVersion = 6;

// Brings the database to kSchemaVersion; fails on a database from a newer version.
Status MigrateSchema(SqliteDb* db);

}  // namespace storyline

#endif  // STORYLINE_STORE_SCHEMA_H_
