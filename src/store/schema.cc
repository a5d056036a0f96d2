#include "store/schema.h"

#include <string>

namespace storyline {
namespace {

// Version 1: articles with their annotations, groups, entities, full-text index.
const char* const kMigration1 = R"sql(
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source TEXT, url TEXT, outlet TEXT, title TEXT, language TEXT,
  published TEXT, published_source TEXT, published_confidence REAL,
  dateline TEXT, credits TEXT,
  raw TEXT, text TEXT, paragraphs TEXT, sentences TEXT, removed TEXT,
  content_hash INTEGER NOT NULL,
  ingested_at INTEGER,
  event TEXT, story TEXT,
  duplicate_of TEXT, duplicate_kind TEXT, duplicate_similarity REAL, passages TEXT,
  mentions TEXT, dates TEXT, quotes TEXT
);
CREATE INDEX articles_content ON articles(content_hash);
CREATE INDEX articles_event ON articles(event);
CREATE TABLE events (id TEXT PRIMARY KEY, story TEXT, date TEXT, date_end TEXT, title TEXT,
                     articles TEXT, summary TEXT);
CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, first_date TEXT, last_date TEXT,
                      events TEXT, timeline TEXT);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT, type TEXT, variants TEXT, titles TEXT,
                       articles TEXT);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
)sql";

// Version 2: the full-text index is filled once per batch (SqliteStore::
// CommitBatch) instead of by a trigger on every insert, which cost a savepoint
// on the index per article.
const char* const kMigration2 = R"sql(
DROP TRIGGER articles_fts_insert;
)sql";

// Version 3: the entity resolver's state (EntityResolver::TakeCheckpoint):
// each entity's record, the blocking keys that file it, and the resolver's
// own counters, so that a store's entities need not all be held in memory,
// nor rebuilt from every article when the engine opens.
const char* const kMigration3 = R"sql(
CREATE TABLE entity_records (id TEXT PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE entity_keys (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE resolver_state (name TEXT PRIMARY KEY, value BLOB NOT NULL);
)sql";

// Version 4: how each article's mentions joined entities (the resolver's
// merge sets), from which a revived entity's context is rebuilt; records of
// version 3 held the context itself (and are no longer read: the resolver's
// state of version 3 is replayed from the stored mentions instead).
const char* const kMigration4 = R"sql(
CREATE TABLE article_merges (article TEXT PRIMARY KEY, merges BLOB NOT NULL);
)sql";

// Version 5: an entity's articles are rows of entity_articles, appended as
// the entity is named in new articles, instead of a JSON list in entities
// that every batch naming the entity rewrote whole (a hub named in every
// batch cost more and more).
const char* const kMigration5 = R"sql(
CREATE TABLE entity_articles (entity TEXT NOT NULL, n INTEGER NOT NULL, article TEXT NOT NULL,
                              PRIMARY KEY (entity, n)) WITHOUT ROWID;
INSERT INTO entity_articles (entity, n, article)
  SELECT e.id, j.key, j.value FROM entities e, json_each(e.articles) j WHERE json_valid(e.articles);
UPDATE entities SET articles = NULL;
)sql";

// Version 6: indexes for the reads by story and of the latest stories
// (Store::EventsOfStory, Store::LatestStories), which scanned every event or
// story of the store.
const char* const kMigration6 = R"sql(
CREATE INDEX events_story ON events(story);
CREATE INDEX stories_latest ON stories(last_date DESC, length(id), id);
)sql";

const char* const kMigrations[] = {kMigration1, kMigration2, kMigration3, kMigration4, kMigration5, kMigration6};

}  // namespace

Status MigrateSchema(SqliteDb* db) {
  auto stmt = db->Prepare("PRAGMA user_version");
  if (!stmt.ok()) return stmt.status();
  Status status;
  int version = stmt->Step(&status) ? static_cast<int>(stmt->Int(0)) : 0;
  STORYLINE_RETURN_IF_ERROR(status);
  if (version > kSchemaVersion) {
    return Status::Unsupported(db->path() + ": store has schema version " + std::to_string(version) +
                               ", newer than this storyline (" + std::to_string(kSchemaVersion) + ")");
  }
  for (int v = version; v < kSchemaVersion; ++v) {
    STORYLINE_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
    Status s = db->Exec(kMigrations[v]);
    if (s.ok()) s = db->Exec("PRAGMA user_version = " + std::to_string(v + 1));
    if (!s.ok()) {
      (void)db->Exec("ROLLBACK");
      return s;
    }
    STORYLINE_RETURN_IF_ERROR(db->Exec("COMMIT"));
  }
  return Status::Ok();
}

}  // namespace storyline
