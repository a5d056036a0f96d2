// Store: where storyline keeps articles and everything found in them.
//
// One interface, several backends: SQLite (the embedded default, WAL mode,
// FTS5 over titles and text) now, PostgreSQL later. Writes happen inside a
// batch (one transaction): a crash or kill mid-ingest loses at most the batch in
// flight, never what was committed. Articles are keyed by id; putting an id
// that exists is an error the pipeline avoids by checking HasArticle first.
//
// Thread-safety: a Store is used by one thread at a time.
#ifndef STORYLINE_STORE_STORE_H_
#define STORYLINE_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/article.h"
#include "storyline/model.h"
#include "storyline/status.h"

namespace storyline {

// An article with what the stages attached to it.
struct StoredArticle {
  Article article;
  int64_t seq = 0;           // arrival order, assigned by the store
  int64_t ingested_at = 0;   // seconds since the epoch (from the pipeline's Clock)
  std::string event;
  std::string story;
  DuplicateLink duplicate;   // kind == kNone when the article is an original
  std::vector<Mention> mentions;
  std::vector<DateMention> dates;
  std::vector<Quote> quotes;
};

// Reads the entity records saved with Store::PutEntityRecord. Unlike its
// Store, it may be used from another thread while the store is in use: it
// sees what the batch in flight has written. Valid while its store is.
class EntityRecordReader {
 public:
  virtual ~EntityRecordReader() = default;
  // Appends to `ids` the ids of saved entities filed under `key`, at most `limit`.
  virtual Status Lookup(const std::string& key, size_t limit, std::vector<std::string>* ids) = 0;
  // Sets `record` to the record saved for `id`; empty when none was.
  virtual Status Load(const std::string& id, std::string* record) = 0;
  // Calls `fn` with every key that files a saved entity (each once).
  virtual Status ForEachKey(const std::function<void(std::string_view)>& fn) = 0;
  // Sets `merges` to those saved for article `id` (PutArticleMerges); empty when none were.
  virtual Status LoadArticleMerges(const std::string& id, std::string* merges) = 0;
  // Sets `articles` to the articles of entity `id` stored by PutEntity, in order.
  virtual Status LoadEntityArticles(const std::string& id, std::vector<std::string>* articles) = 0;
};

struct StoreCounts {
  int64_t articles = 0, duplicates = 0, events = 0, stories = 0, entities = 0, quotes = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Batches: everything between Begin and Commit is one transaction.
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;
  virtual void RollbackBatch() = 0;

  // --- articles ---
  virtual Result<bool> HasArticle(const std::string& id) = 0;
  // Id of a stored article with this content hash and URL (same article re-ingested), if any.
  virtual Result<std::optional<std::string>> FindSameArticle(uint64_t content_hash, const std::string& url) = 0;
  virtual Status PutArticle(StoredArticle* stored) = 0;  // assigns seq
  // Replaces the per-article results that later passes revise.
  virtual Status UpdateAssignment(const std::string& id, const std::string& event, const std::string& story) = 0;
  virtual Status UpdateDuplicate(const DuplicateLink& link) = 0;
  virtual Status UpdatePublished(const std::string& id, const PublishedDate& published) = 0;
  virtual Status ReplaceDates(const std::string& id, const std::vector<DateMention>& dates) = 0;

  virtual Result<std::optional<StoredArticle>> GetArticle(const std::string& id) = 0;
  // What grouping reads of an article, without the columns it does not need
  // (much cheaper than GetArticle): id, title, published, text, sentences,
  // dates and the duplicate kind and original.
  virtual Result<std::optional<StoredArticle>> GetArticleForGrouping(const std::string& id) = 0;
  // Only the clean text of an article (cheaper than GetArticle).
  virtual Result<std::optional<std::string>> GetText(const std::string& id) = 0;
  // Every article in arrival order; `fn` returning false stops the scan.
  virtual Status ForEachArticle(const std::function<bool(const StoredArticle&)>& fn) = 0;
  // The same scan with only what the analysis stages rebuild their state from
  // when the engine opens (much cheaper: no raw text, sentences, dates or
  // passages to read and decode): seq, id, outlet, title, published, credits,
  // text, content hash, event, story, duplicate kind and original, mentions
  // and quotes. The other fields are left empty.
  virtual Status ForEachArticleForRestore(const std::function<bool(const StoredArticle&)>& fn) = 0;

  // --- groups and entities (upserts) ---
  virtual Status PutEvent(const Event& event, const EventSummary& summary) = 0;
  virtual Status PutStory(const Story& story) = 0;
  virtual Status DeleteEvent(const std::string& id) = 0;
  virtual Status DeleteStory(const std::string& id) = 0;
  // Upserts the entity; of its articles, appends those beyond the ones stored
  // (an entity's list of articles only grows at its end).
  virtual Status PutEntity(const Entity& entity) = 0;

  // --- the entity resolver's saved state (EntityResolver::TakeCheckpoint) ---
  // Saves an entity's record (opaque bytes) and adds `keys` to the blocking
  // keys it is filed under.
  virtual Status PutEntityRecord(const std::string& id, const std::string& record,
                                 const std::vector<std::string>& keys) = 0;
  // Saves how an article's mentions joined entities (opaque bytes).
  virtual Status PutArticleMerges(const std::string& article_id, const std::string& merges) = 0;
  virtual Status PutResolverState(const std::string& state) = 0;
  // Empty when none was saved (a new store, or one written before schema 3).
  virtual Result<std::string> GetResolverState() = 0;
  virtual Result<std::unique_ptr<EntityRecordReader>> NewEntityRecordReader() = 0;

  // Every event, story or entity (the export reads them all).
  virtual Result<std::vector<Event>> Events() = 0;
  virtual Result<std::optional<EventSummary>> GetEventSummary(const std::string& event) = 0;
  virtual Result<std::vector<Story>> Stories() = 0;
  // The ids of the stored stories alone (no timelines read).
  virtual Result<std::vector<std::string>> StoryIds() = 0;
  virtual Result<std::vector<Entity>> Entities() = 0;

  // Reads that cost what they return, however large the store (for the CLI
  // and the API): one event, story or entity by id (nullopt when there is
  // none); a story's events, in id order ("e2" before "e10"); a page of the
  // stories, latest first (by last date, undated ones last, then in id
  // order); a page of the entities in the order they were first stored.
  virtual Result<std::optional<Event>> GetEvent(const std::string& id) = 0;
  virtual Result<std::vector<Event>> EventsOfStory(const std::string& story) = 0;
  virtual Result<std::optional<Story>> GetStory(const std::string& id) = 0;
  virtual Result<std::vector<Story>> LatestStories(size_t offset, size_t limit) = 0;
  virtual Result<std::optional<Entity>> GetEntity(const std::string& id) = 0;
  virtual Result<std::vector<Entity>> EntityPage(size_t offset, size_t limit) = 0;
  virtual Result<StoreCounts> Counts() = 0;
  // Ids of articles whose title or text match an FTS5 query.
  virtual Result<std::vector<std::string>> Search(const std::string& query, size_t limit) = 0;
};

struct SqliteOptions {
  // Use write-ahead logging (readers do not block the writer; commits are durable
  // without rewriting the database). Turn off only for throwaway stores. The
  // log is copied back into the database file by a thread of the store's own
  // (WalCheckpointer), not inside the writer's commits.
  bool wal = true;
  // PRAGMA synchronous: NORMAL is durable in WAL mode except for the last
  // commits on power loss (never corrupting); FULL syncs every commit.
  bool full_sync = false;
  bool read_only = false;
  // SQLite's page cache of the writing connection, in KiB (PRAGMA
  // cache_size). SQLite's default is 2,000 KiB; ingest re-reads recent pages
  // (grouping, saved entities), so a larger cache saves reads. Default 32 MiB.
  int cache_kib = 32768;
};

// Opens (creating and migrating as needed) the SQLite store at `path`; ":memory:" for tests.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const SqliteOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_STORE_STORE_H_
