// The SQLite backend of Store. Structured columns (spans, mentions, dates,
// quotes, timelines) are JSON text written by store/codec.h.
#include <nlohmann/json.hpp>

#include <unordered_map>

#include "store/codec.h"
#include "store/json_text.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/sqlite_entity_records.h"
#include "store/wal_checkpointer.h"
#include "store/store.h"

namespace storyline {
namespace {

using nlohmann::json;

const char* const kArticleColumns =
    "seq, id, source, url, outlet, title, language, published, published_source, "
    "published_confidence, dateline, credits, raw, text, paragraphs, sentences, removed, "
    "content_hash, ingested_at, event, story, duplicate_of, duplicate_kind, duplicate_similarity, "
    "passages, mentions, dates, quotes";

json RemovedToJson(const std::vector<RemovedLine>& rs) {
  json out = json::array();
  for (const auto& r : rs) out.push_back({{"span", SpanToJson(r.raw)}, {"reason", r.reason}});
  return out;
}

json ParseOr(const std::string& s, json fallback) {
  if (s.empty()) return fallback;
  json j = json::parse(s, nullptr, /*allow_exceptions=*/false);
  return j.is_discarded() ? fallback : j;
}

// Decodes a list column with the fast reader (json_text.h), or with codec.h
// when the fast reader declines the text.
template <typename T, typename Fast, typename FromJson>
void ReadList(const std::string& text, std::vector<T>* out, Fast fast, FromJson from_json) {
  if (fast(text, out)) return;
  for (const auto& item : ParseOr(text, json::array())) out->push_back(from_json(item));
}

void ReadSentences(JsonListReader* reader, const std::string& text, std::vector<Span>* out) {
  ReadList(text, out, [&](std::string_view t, std::vector<Span>* o) { return reader->Spans(t, o); }, SpanFromJson);
}

// Reads one article's list column (mentions, dates or quotes) whose items
// carry the article id: `fast` is the JsonListReader method for the type,
// `from_json` the codec.h fallback.
template <typename T>
void ReadArticleList(JsonListReader* reader,
                     bool (JsonListReader::*fast)(std::string_view, const std::string&, std::vector<T>*),
                     T (*from_json)(const json&), const std::string& text, const std::string& article,
                     std::vector<T>* out) {
  ReadList(
      text, out, [&](std::string_view t, std::vector<T>* o) { return (reader->*fast)(t, article, o); },
      [&](const json& j) {
        T item = from_json(j);
        item.article = article;
        return item;
      });
}

void ReadDates(JsonListReader* reader, const std::string& text, const std::string& article,
               std::vector<DateMention>* out) {
  ReadArticleList(reader, &JsonListReader::DateMentions, DateMentionFromJson, text, article, out);
}

void ReadMentions(JsonListReader* reader, const std::string& text, const std::string& article,
                  std::vector<Mention>* out) {
  ReadArticleList(reader, &JsonListReader::Mentions, MentionFromJson, text, article, out);
}

void ReadQuotes(JsonListReader* reader, const std::string& text, const std::string& article,
                std::vector<Quote>* out) {
  ReadArticleList(reader, &JsonListReader::Quotes, QuoteFromJson, text, article, out);
}

StoredArticle ReadArticleRow(const SqliteStatement& st, JsonListReader* reader) {
  StoredArticle s;
  Article& a = s.article;
  s.seq = st.Int(0);
  a.id = st.Text(1);
  a.source = st.Text(2);
  a.url = st.Text(3);
  a.outlet = st.Text(4);
  a.title = st.Text(5);
  a.language = st.Text(6);
  a.published.value = st.Text(7);
  a.published.source = DateSourceFromName(st.Text(8));
  a.published.confidence = st.Real(9);
  a.dateline = st.Text(10);
  a.credits = ParseOr(st.Text(11), json::array()).get<std::vector<std::string>>();
  a.raw = st.Text(12);
  a.text = st.Text(13);
  for (const auto& p : ParseOr(st.Text(14), json::array())) {
    a.paragraphs.push_back({{p.at(0).get<uint32_t>(), p.at(1).get<uint32_t>()}, p.at(2).get<uint32_t>()});
  }
  ReadSentences(reader, st.Text(15), &a.sentences);
  for (const auto& r : ParseOr(st.Text(16), json::array())) {
    a.removed.push_back({SpanFromJson(r.at("span")), r.value("reason", "")});
  }
  a.content_hash = static_cast<uint64_t>(st.Int(17));
  s.ingested_at = st.Int(18);
  s.event = st.Text(19);
  s.story = st.Text(20);
  s.duplicate.article = a.id;
  s.duplicate.original = st.Text(21);
  s.duplicate.kind = DuplicateKindFromName(st.Text(22));
  s.duplicate.similarity = st.Real(23);
  s.duplicate.passages = PassagesFromJson(ParseOr(st.Text(24), json::array()));
  ReadMentions(reader, st.Text(25), a.id, &s.mentions);
  ReadDates(reader, st.Text(26), a.id, &s.dates);
  ReadQuotes(reader, st.Text(27), a.id, &s.quotes);
  return s;
}

// What ForEachArticleForRestore reads (store.h), in the order ReadRestoreRow reads it.
const char* const kRestoreColumns =
    "seq, id, outlet, title, published, published_source, published_confidence, credits, text, "
    "content_hash, event, story, duplicate_of, duplicate_kind, mentions, quotes";

StoredArticle ReadRestoreRow(const SqliteStatement& st, JsonListReader* reader) {
  StoredArticle s;
  Article& a = s.article;
  s.seq = st.Int(0);
  a.id = st.Text(1);
  a.outlet = st.Text(2);
  a.title = st.Text(3);
  a.published.value = st.Text(4);
  a.published.source = DateSourceFromName(st.Text(5));
  a.published.confidence = st.Real(6);
  a.credits = ParseOr(st.Text(7), json::array()).get<std::vector<std::string>>();
  a.text = st.Text(8);
  a.content_hash = static_cast<uint64_t>(st.Int(9));
  s.event = st.Text(10);
  s.story = st.Text(11);
  s.duplicate.article = a.id;
  s.duplicate.original = st.Text(12);
  s.duplicate.kind = DuplicateKindFromName(st.Text(13));
  ReadMentions(reader, st.Text(14), a.id, &s.mentions);
  ReadQuotes(reader, st.Text(15), a.id, &s.quotes);
  return s;
}

class SqliteStore : public Store {
 public:
  Status Open(const std::string& path, const SqliteOptions& options) {
    STORYLINE_RETURN_IF_ERROR(db_.Open(path, options.read_only));
    if (!options.read_only) {
      if (options.wal) {
        STORYLINE_RETURN_IF_ERROR(db_.Exec("PRAGMA journal_mode=WAL"));
        // When the log starts over, its file is cut back to 64 MiB: after a
        // burst, the disk gets the space back (wal_checkpointer.h).
        STORYLINE_RETURN_IF_ERROR(db_.Exec("PRAGMA journal_size_limit=67108864"));
      }
      STORYLINE_RETURN_IF_ERROR(db_.Exec(options.full_sync ? "PRAGMA synchronous=FULL"
                                                            : "PRAGMA synchronous=NORMAL"));
      STORYLINE_RETURN_IF_ERROR(db_.Exec("PRAGMA cache_size=-" + std::to_string(options.cache_kib)));
      STORYLINE_RETURN_IF_ERROR(MigrateSchema(&db_));
      if (options.wal && path != ":memory:" && !path.empty()) {
        auto checkpointer = WalCheckpointer::Attach(db_.handle(), path);
        if (!checkpointer.ok()) return checkpointer.status();
        checkpointer_ = std::move(checkpointer).value();
      }
    }
    return Status::Ok();
  }

  Status BeginBatch() override {
    STORYLINE_RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
    in_batch_ = true;
    auto st = db_.Prepare("SELECT coalesce(max(seq), 0) FROM articles");
    if (!st.ok()) return st.status();
    Status status;
    batch_first_seq_ = st->Step(&status) ? st->Int(0) + 1 : 1;
    return status;
  }
  // The batch's articles enter the full-text index in one statement, inside
  // the batch's transaction.
  Status CommitBatch() override {
    auto st = db_.Prepare(
        "INSERT INTO articles_fts(rowid, title, text) SELECT seq, title, text FROM articles WHERE seq >= ?");
    if (!st.ok()) return st.status();
    STORYLINE_RETURN_IF_ERROR(st->Bind(1, batch_first_seq_).Run());
    in_batch_ = false;
    return db_.Exec("COMMIT");
  }
  void RollbackBatch() override {
    (void)db_.Exec("ROLLBACK");
    in_batch_ = false;
  }

  Result<bool> HasArticle(const std::string& id) override {
    auto st = db_.Prepare("SELECT 1 FROM articles WHERE id = ?");
    if (!st.ok()) return st.status();
    Status status;
    bool found = st->Bind(1, id).Step(&status);
    if (!status.ok()) return status;
    return found;
  }

  Result<std::optional<std::string>> FindSameArticle(uint64_t hash, const std::string& url) override {
    auto st = db_.Prepare("SELECT id FROM articles WHERE content_hash = ? AND url = ? LIMIT 1");
    if (!st.ok()) return st.status();
    Status status;
    std::optional<std::string> id;
    if (st->Bind(1, static_cast<int64_t>(hash)).Bind(2, url).Step(&status)) id = st->Text(0);
    if (!status.ok()) return status;
    return id;
  }

  Status PutArticle(StoredArticle* s) override;
  Status UpdateAssignment(const std::string& id, const std::string& event, const std::string& story) override {
    // A touched event re-syncs all its members, most of them unchanged: an
    // unchanged row is found but not rewritten (no page or index entry dirtied).
    return Update("UPDATE articles SET event = ?2, story = ?3 WHERE id = ?1 AND (event IS NOT ?2 OR story IS NOT ?3)",
                  id, {event, story});
  }
  Status UpdateDuplicate(const DuplicateLink& l) override {
    auto st = db_.Prepare(
        "UPDATE articles SET duplicate_of = ?2, duplicate_kind = ?3, duplicate_similarity = ?4, "
        "passages = ?5 WHERE id = ?1");
    if (!st.ok()) return st.status();
    st->Bind(1, l.article).Bind(2, l.original).Bind(3, DuplicateKindName(l.kind)).Bind(4, l.similarity);
    return st->Bind(5, PassagesToJson(l.passages).dump()).Run();
  }
  Status UpdatePublished(const std::string& id, const PublishedDate& p) override {
    auto st = db_.Prepare(
        "UPDATE articles SET published = ?2, published_source = ?3, published_confidence = ?4 WHERE id = ?1");
    if (!st.ok()) return st.status();
    return st->Bind(1, id).Bind(2, p.value).Bind(3, DateSourceName(p.source)).Bind(4, p.confidence).Run();
  }
  Status ReplaceDates(const std::string& id, const std::vector<DateMention>& dates) override {
    return Update("UPDATE articles SET dates = ?2 WHERE id = ?1", id, {DateMentionsJson(dates)});
  }

  Result<std::optional<StoredArticle>> GetArticle(const std::string& id) override {
    auto st = db_.Prepare(std::string("SELECT ") + kArticleColumns + " FROM articles WHERE id = ?");
    if (!st.ok()) return st.status();
    Status status;
    std::optional<StoredArticle> out;
    if (st->Bind(1, id).Step(&status)) out = ReadArticleRow(*st, &reader_);
    if (!status.ok()) return status;
    return out;
  }

  Result<std::optional<StoredArticle>> GetArticleForGrouping(const std::string& id) override {
    auto st = db_.Prepare(
        "SELECT id, title, published, published_source, text, sentences, dates, duplicate_of, duplicate_kind "
        "FROM articles WHERE id = ?");
    if (!st.ok()) return st.status();
    Status status;
    std::optional<StoredArticle> out;
    if (st->Bind(1, id).Step(&status)) {
      StoredArticle s;
      s.article.id = st->Text(0);
      s.article.title = st->Text(1);
      s.article.published.value = st->Text(2);
      s.article.published.source = DateSourceFromName(st->Text(3));
      s.article.text = st->Text(4);
      ReadSentences(&reader_, st->Text(5), &s.article.sentences);
      ReadDates(&reader_, st->Text(6), s.article.id, &s.dates);
      s.duplicate.article = s.article.id;
      s.duplicate.original = st->Text(7);
      s.duplicate.kind = DuplicateKindFromName(st->Text(8));
      out = std::move(s);
    }
    if (!status.ok()) return status;
    return out;
  }

  Result<std::optional<std::string>> GetText(const std::string& id) override {
    auto st = db_.Prepare("SELECT text FROM articles WHERE id = ?");
    if (!st.ok()) return st.status();
    Status status;
    std::optional<std::string> out;
    if (st->Bind(1, id).Step(&status)) out = st->Text(0);
    if (!status.ok()) return status;
    return out;
  }

  Status ForEachArticle(const std::function<bool(const StoredArticle&)>& fn) override {
    auto st = db_.Prepare(std::string("SELECT ") + kArticleColumns + " FROM articles ORDER BY seq");
    if (!st.ok()) return st.status();
    Status status;
    while (st->Step(&status)) {
      if (!fn(ReadArticleRow(*st, &reader_))) break;
    }
    return status;
  }

  Status ForEachArticleForRestore(const std::function<bool(const StoredArticle&)>& fn) override {
    auto st = db_.Prepare(std::string("SELECT ") + kRestoreColumns + " FROM articles ORDER BY seq");
    if (!st.ok()) return st.status();
    Status status;
    while (st->Step(&status)) {
      if (!fn(ReadRestoreRow(*st, &reader_))) break;
    }
    return status;
  }

  Status PutEvent(const Event& e, const EventSummary& summary) override {
    auto st = db_.Prepare("INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    st->Bind(1, e.id).Bind(2, e.story).Bind(3, e.date).Bind(4, e.date_end).Bind(5, e.title);
    return st->Bind(6, StringsJson(e.articles)).Bind(7, SummaryToJson(summary).dump()).Run();
  }
  Status PutStory(const Story& s) override {
    auto st = db_.Prepare("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    st->Bind(1, s.id).Bind(2, s.title).Bind(3, s.first_date).Bind(4, s.last_date);
    return st->Bind(5, StringsJson(s.events)).Bind(6, TimelineToJson(s.timeline).dump()).Run();
  }
  Status DeleteEvent(const std::string& id) override { return Update("DELETE FROM events WHERE id = ?1", id, {}); }
  Status DeleteStory(const std::string& id) override { return Update("DELETE FROM stories WHERE id = ?1", id, {}); }
  Status PutEntity(const Entity& e) override;

  Status PutEntityRecord(const std::string& id, const std::string& record,
                         const std::vector<std::string>& keys) override {
    return PutEntityRecordRow(&db_, id, record, keys);
  }
  Status PutArticleMerges(const std::string& article_id, const std::string& merges) override {
    return PutArticleMergesRow(&db_, article_id, merges);
  }
  Status PutResolverState(const std::string& state) override { return PutResolverStateRow(&db_, state); }
  Result<std::string> GetResolverState() override { return GetResolverStateRow(&db_); }
  Result<std::unique_ptr<EntityRecordReader>> NewEntityRecordReader() override {
    return NewSqliteEntityRecordReader(&db_);
  }

  Result<std::vector<Event>> Events() override;
  Result<std::optional<EventSummary>> GetEventSummary(const std::string& event) override;
  Result<std::vector<Story>> Stories() override;
  Result<std::vector<std::string>> StoryIds() override;
  Result<std::vector<Entity>> Entities() override;
  Result<std::optional<Event>> GetEvent(const std::string& id) override;
  Result<std::vector<Event>> EventsOfStory(const std::string& story) override;
  Result<std::optional<Story>> GetStory(const std::string& id) override;
  Result<std::vector<Story>> LatestStories(size_t offset, size_t limit) override;
  Result<std::optional<Entity>> GetEntity(const std::string& id) override;
  Result<std::vector<Entity>> EntityPage(size_t offset, size_t limit) override;
  Result<StoreCounts> Counts() override;
  Result<std::vector<std::string>> Search(const std::string& query, size_t limit) override;

 private:
  Status Update(const std::string& sql, const std::string& id, std::initializer_list<std::string> values) {
    auto st = db_.Prepare(sql);
    if (!st.ok()) return st.status();
    st->Bind(1, id);
    int i = 2;
    for (const auto& v : values) st->Bind(i++, v);
    return st->Run();
  }

  SqliteDb db_;
  std::unique_ptr<WalCheckpointer> checkpointer_;  // declared after db_: closed before it
  JsonListReader reader_;
  bool in_batch_ = false;
  int64_t batch_first_seq_ = 1;  // the first seq a batch's articles get
};

Status SqliteStore::PutArticle(StoredArticle* s) {
  const Article& a = s->article;
  auto st = db_.Prepare(std::string("INSERT INTO articles (") + (kArticleColumns + 5) +
                        ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!st.ok()) return st.status();
  st->Bind(1, a.id).Bind(2, a.source).Bind(3, a.url).Bind(4, a.outlet).Bind(5, a.title);
  st->Bind(6, a.language).Bind(7, a.published.value).Bind(8, DateSourceName(a.published.source));
  st->Bind(9, a.published.confidence).Bind(10, a.dateline).Bind(11, StringsJson(a.credits));
  st->Bind(12, a.raw).Bind(13, a.text).Bind(14, ParagraphsJson(a.paragraphs));
  st->Bind(15, SpansJson(a.sentences)).Bind(16, RemovedToJson(a.removed).dump());
  st->Bind(17, static_cast<int64_t>(a.content_hash)).Bind(18, s->ingested_at);
  st->Bind(19, s->event).Bind(20, s->story).Bind(21, s->duplicate.original);
  st->Bind(22, DuplicateKindName(s->duplicate.kind)).Bind(23, s->duplicate.similarity);
  st->Bind(24, PassagesToJson(s->duplicate.passages).dump());
  st->Bind(25, MentionsJson(s->mentions));
  st->Bind(26, DateMentionsJson(s->dates));
  st->Bind(27, QuotesJson(s->quotes));
  Status status = st->Run();
  if (!status.ok()) return status.WithContext("article " + a.id);
  s->seq = sqlite3_last_insert_rowid(db_.handle());
  if (in_batch_) return Status::Ok();  // indexed at CommitBatch
  auto fts = db_.Prepare("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)");
  if (!fts.ok()) return fts.status();
  return fts->Bind(1, s->seq).Bind(2, a.title).Bind(3, a.text).Run();
}

// The columns ReadEventRow, ReadStoryRow and ReadEntityRow read, in order.
const char* const kEventColumns = "id, story, date, date_end, title, articles";
const char* const kStoryColumns = "id, title, first_date, last_date, events, timeline";
const char* const kEntityColumns = "id, name, type, variants, titles";

// Every row of `st`, each read by read_row.
template <typename T, typename ReadRow>
Result<std::vector<T>> ReadRows(SqliteStatement* st, ReadRow read_row) {
  std::vector<T> out;
  Status status;
  while (st->Step(&status)) out.push_back(read_row(*st));
  if (!status.ok()) return status;
  return out;
}

// The row of `select` (a "SELECT ... FROM table") whose id is `id`, if any.
template <typename T, typename ReadRow>
Result<std::optional<T>> ReadById(SqliteDb* db, const std::string& select, const std::string& id, ReadRow read_row) {
  auto st = db->Prepare(select + " WHERE id = ?");
  if (!st.ok()) return st.status();
  st->Bind(1, id);
  auto rows = ReadRows<T>(&*st, read_row);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<T>();
  return std::optional<T>(std::move(rows->front()));
}

std::string SelectFrom(const char* columns, const char* table) {
  return std::string("SELECT ") + columns + " FROM " + table;
}

Event ReadEventRow(const SqliteStatement& st) {
  return {st.Text(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4),
          ParseOr(st.Text(5), json::array()).get<std::vector<std::string>>()};
}

Story ReadStoryRow(const SqliteStatement& st) {
  return {st.Text(0), st.Text(1), st.Text(2), st.Text(3),
          ParseOr(st.Text(4), json::array()).get<std::vector<std::string>>(),
          TimelineFromJson(ParseOr(st.Text(5), json::array()))};
}

Entity ReadEntityRow(const SqliteStatement& st) {  // without its articles
  return {st.Text(0), st.Text(1), EntityTypeFromName(st.Text(2)),
          ParseOr(st.Text(3), json::array()).get<std::vector<std::string>>(),
          ParseOr(st.Text(4), json::array()).get<std::vector<std::string>>(),
          {}};
}

Status ReadEntityArticles(SqliteDb* db, const std::string& id, std::vector<std::string>* articles) {
  auto st = db->Prepare(kEntityArticlesSql);
  if (!st.ok()) return st.status();
  return ReadEntityArticleRows(&*st, id, articles);
}

// SQLite's LIMIT and OFFSET take signed 64-bit numbers.
int64_t SqlCount(size_t n) { return static_cast<int64_t>(std::min<size_t>(n, INT64_MAX)); }

Result<std::vector<Event>> SqliteStore::Events() {
  auto st = db_.Prepare(SelectFrom(kEventColumns, "events"));
  if (!st.ok()) return st.status();
  return ReadRows<Event>(&*st, ReadEventRow);
}

Result<std::optional<Event>> SqliteStore::GetEvent(const std::string& id) {
  return ReadById<Event>(&db_, SelectFrom(kEventColumns, "events"), id, ReadEventRow);
}

Result<std::vector<Event>> SqliteStore::EventsOfStory(const std::string& story) {
  auto st = db_.Prepare(SelectFrom(kEventColumns, "events") + " WHERE story = ? ORDER BY length(id), id");
  if (!st.ok()) return st.status();
  st->Bind(1, story);
  return ReadRows<Event>(&*st, ReadEventRow);
}

Result<std::optional<Story>> SqliteStore::GetStory(const std::string& id) {
  return ReadById<Story>(&db_, SelectFrom(kStoryColumns, "stories"), id, ReadStoryRow);
}

Result<std::vector<Story>> SqliteStore::LatestStories(size_t offset, size_t limit) {
  // The order of the index stories_latest (schema 6): no sort, and a page
  // reads only its rows and those it skips.
  auto st = db_.Prepare(SelectFrom(kStoryColumns, "stories") +
                        " ORDER BY last_date DESC, length(id), id LIMIT ? OFFSET ?");
  if (!st.ok()) return st.status();
  st->Bind(1, SqlCount(limit)).Bind(2, SqlCount(offset));
  return ReadRows<Story>(&*st, ReadStoryRow);
}

Result<std::optional<Entity>> SqliteStore::GetEntity(const std::string& id) {
  auto entity = ReadById<Entity>(&db_, SelectFrom(kEntityColumns, "entities"), id, ReadEntityRow);
  if (!entity.ok() || !entity->has_value()) return entity;
  STORYLINE_RETURN_IF_ERROR(ReadEntityArticles(&db_, id, &(*entity)->articles));
  return entity;
}

Result<std::vector<Entity>> SqliteStore::EntityPage(size_t offset, size_t limit) {
  auto st = db_.Prepare(SelectFrom(kEntityColumns, "entities") + " ORDER BY rowid LIMIT ? OFFSET ?");
  if (!st.ok()) return st.status();
  st->Bind(1, SqlCount(limit)).Bind(2, SqlCount(offset));
  auto entities = ReadRows<Entity>(&*st, ReadEntityRow);
  if (!entities.ok()) return entities;
  for (Entity& e : *entities) STORYLINE_RETURN_IF_ERROR(ReadEntityArticles(&db_, e.id, &e.articles));
  return entities;
}

Result<std::optional<EventSummary>> SqliteStore::GetEventSummary(const std::string& event) {
  auto st = db_.Prepare("SELECT summary FROM events WHERE id = ?");
  if (!st.ok()) return st.status();
  Status status;
  std::optional<EventSummary> out;
  if (st->Bind(1, event).Step(&status)) out = SummaryFromJson(ParseOr(st->Text(0), json::object()));
  if (!status.ok()) return status;
  return out;
}

Result<std::vector<std::string>> SqliteStore::StoryIds() {
  auto st = db_.Prepare("SELECT id FROM stories");
  if (!st.ok()) return st.status();
  return ReadRows<std::string>(&*st, [](const SqliteStatement& row) { return row.Text(0); });
}

Result<std::vector<Story>> SqliteStore::Stories() {
  auto st = db_.Prepare(SelectFrom(kStoryColumns, "stories"));
  if (!st.ok()) return st.status();
  return ReadRows<Story>(&*st, ReadStoryRow);
}

// The entity row, and the articles beyond those stored already (an entity's
// list only grows at its end).
Status SqliteStore::PutEntity(const Entity& e) {
  auto st = db_.Prepare("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, NULL)");
  if (!st.ok()) return st.status();
  st->Bind(1, e.id).Bind(2, e.name).Bind(3, EntityTypeName(e.type)).Bind(4, StringsJson(e.variants));
  STORYLINE_RETURN_IF_ERROR(st->Bind(5, StringsJson(e.titles)).Run());
  // n runs 0, 1, 2, ...: the next one is max(n) + 1, one probe of the key
  // (count(*) would scan all of a hub's rows).
  auto count = db_.Prepare("SELECT coalesce(max(n) + 1, 0) FROM entity_articles WHERE entity = ?");
  if (!count.ok()) return count.status();
  Status status;
  size_t stored = count->Bind(1, e.id).Step(&status) ? static_cast<size_t>(count->Int(0)) : 0;
  count->Reset();
  STORYLINE_RETURN_IF_ERROR(status);
  auto add = db_.Prepare("INSERT INTO entity_articles (entity, n, article) VALUES (?, ?, ?)");
  if (!add.ok()) return add.status();
  for (size_t n = stored; n < e.articles.size(); ++n) {
    STORYLINE_RETURN_IF_ERROR(add->Bind(1, e.id).Bind(2, static_cast<int64_t>(n)).Bind(3, e.articles[n]).Run());
  }
  return Status::Ok();
}

Result<std::vector<Entity>> SqliteStore::Entities() {
  auto st = db_.Prepare("SELECT id, name, type, variants, titles FROM entities");
  if (!st.ok()) return st.status();
  std::vector<Entity> out;
  std::unordered_map<std::string, size_t> index;
  Status status;
  while (st->Step(&status)) {
    index[st->Text(0)] = out.size();
    out.push_back({st->Text(0), st->Text(1), EntityTypeFromName(st->Text(2)),
                   ParseOr(st->Text(3), json::array()).get<std::vector<std::string>>(),
                   ParseOr(st->Text(4), json::array()).get<std::vector<std::string>>(),
                   {}});
  }
  if (!status.ok()) return status;
  auto links = db_.Prepare("SELECT entity, article FROM entity_articles ORDER BY entity, n");
  if (!links.ok()) return links.status();
  while (links->Step(&status)) {
    auto it = index.find(links->Text(0));
    if (it != index.end()) out[it->second].articles.push_back(links->Text(1));
  }
  if (!status.ok()) return status;
  return out;
}

Result<StoreCounts> SqliteStore::Counts() {
  auto st = db_.Prepare(
      "SELECT (SELECT count(*) FROM articles), "
      "(SELECT count(*) FROM articles WHERE duplicate_kind IS NOT NULL AND duplicate_kind != 'none'), "
      "(SELECT count(*) FROM events), (SELECT count(*) FROM stories), (SELECT count(*) FROM entities), "
      "(SELECT coalesce(sum(json_array_length(quotes)), 0) FROM articles)");
  if (!st.ok()) return st.status();
  Status status;
  StoreCounts c;
  if (st->Step(&status)) {
    c = {st->Int(0), st->Int(1), st->Int(2), st->Int(3), st->Int(4), st->Int(5)};
  }
  if (!status.ok()) return status;
  return c;
}

Result<std::vector<std::string>> SqliteStore::Search(const std::string& query, size_t limit) {
  auto st = db_.Prepare(
      "SELECT a.id FROM articles_fts f JOIN articles a ON a.seq = f.rowid "
      "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?");
  if (!st.ok()) return st.status();
  std::vector<std::string> out;
  Status status;
  st->Bind(1, query).Bind(2, static_cast<int64_t>(limit));
  while (st->Step(&status)) out.push_back(st->Text(0));
  if (!status.ok()) return Status::InvalidInput("search \"" + query + "\": " + status.message());
  return out;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, const SqliteOptions& options) {
  auto store = std::make_unique<SqliteStore>();
  STORYLINE_RETURN_IF_ERROR(store->Open(path, options));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace storyline
