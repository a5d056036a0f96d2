// The engine: the whole pipeline in one place. Ingest() reads documents and
// hands clean articles, a batch at a time, to Advance(): it starts tagging the
// new batch in the background and hands the batch before it to
// ProcessBatch(), which runs each article through the stateful stages in
// order and writes the batch, with the events and stories it touched, in one
// transaction. Tagging (batch N+1), entity resolution (a few articles ahead;
// for batch N+1 as soon as batch N is analyzed, while N is written) and the
// describing of events and stories run on other threads; the store is used
// from this thread alone.
#include "storyline/engine.h"

#include <chrono>
#include <functional>
#include <set>

#include "common/env.h"
#include "extract/extractor.h"
#include "ingest/reader.h"
#include "pipeline/ahead_resolver.h"
#include "pipeline/analyzer.h"
#include "pipeline/annotated_batch.h"
#include "pipeline/group_writer.h"
#include "store/store.h"

namespace storyline {

class Engine::Impl {
 public:
  Impl(EngineOptions options, Env env, std::unique_ptr<Store> store, std::unique_ptr<ArticleAnalyzer> analyzer)
      : options_(std::move(options)), env_(env), store_(std::move(store)), analyzer_(std::move(analyzer)) {}

  // Rebuilds the stages' state from what earlier runs stored, a slice of
  // articles at a time (memory stays bounded however large the store).
  // With a bound on the entities held, the entity resolver continues from
  // the state saved in the store, if any; otherwise (no bound, or no saved
  // state: a store written before schema 3, or by a run without a bound)
  // its entities are replayed from the stored mentions too, and, with a
  // bound, saved at the end of the first batch.
  Status Restore() {
    bool replay_entities = true;
    if (bounded()) {
      analyzer_->SaveEntitiesInStore();
      auto saved = analyzer_->LoadEntities(store_.get());
      if (!saved.ok()) return saved.status();
      replay_entities = !*saved;
    } else {
      auto state = store_->GetResolverState();
      if (!state.ok()) return state.status();
      stale_saved_entities_ = !state->empty();
    }
    constexpr size_t kSlice = 512;
    std::vector<StoredArticle> slice;
    Status status = store_->ForEachArticleForRestore([&](const StoredArticle& s) {
      slice.push_back(s);
      if (slice.size() >= kSlice) {
        analyzer_->Restore(slice, replay_entities, options_.threads);
        slice.clear();
      }
      return true;
    });
    if (status.ok()) analyzer_->Restore(slice, replay_entities, options_.threads);
    return status;
  }

  Result<IngestReport> Ingest(const std::vector<std::string>& paths, const ProgressFn& progress);
  Store& store() { return *store_; }

 private:
  // Whether the entity resolver holds at most max_live_entities entities,
  // saving its state in the store every batch.
  bool bounded() const { return options_.max_live_entities > 0; }
  // The entity resolver's part of ProcessBatch between analyzing `batch`
  // and writing it: lets entities go and starts resolving `next` (if any)
  // with a checkpoint into `checkpoint` first (see ArticleAnalyzer).
  Status StartNextBatch(AnnotatedBatch* next, IngestReport* report, EntityResolver::Checkpoint* checkpoint);
  // Writes the checkpoint taken by StartNextBatch (waiting for it).
  Status SaveEntities(const EntityResolver::Checkpoint& checkpoint);

  // Starts tagging `batch` in the background, then processes the batch read
  // before it: tagging one batch overlaps the in-order analysis of the other.
  Status Advance(std::vector<Article> batch, IngestReport* report);
  // Analyzes and writes one batch in one transaction; `next` = the batch read
  // after it (null for the run's final batch), whose entity resolution starts
  // as soon as this batch's articles are analyzed.
  Status ProcessBatch(AnnotatedBatch* batch, AnnotatedBatch* next, IngestReport* report);
  // Finds the new articles of `batch` and starts resolving their entities,
  // after running `first` on the resolving thread.
  Status StartResolving(AnnotatedBatch* batch, IngestReport* report, std::function<void()> first = nullptr);
  // Runs the new articles through the other stateful stages in order and
  // stores them; collects what they touched.
  Status AnalyzeArticles(AnnotatedBatch* batch, IngestReport* report, std::set<std::string>* events,
                         std::set<std::string>* entities);
  // Copies of these entities (those the resolver knows).
  std::vector<Entity> TouchedEntities(const std::set<std::string>& ids) const;
  // Indexes of the articles of `batch` that are not stored yet.
  Status SkipStored(const std::vector<Article>& batch, std::vector<size_t>* fresh, IngestReport* report);
  Result<bool> AlreadyStored(const Article& article);

  EngineOptions options_;
  Env env_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<ArticleAnalyzer> analyzer_;
  Extractor extractor_;
  size_t since_repair_ = 0;  // articles added since the last repair pass
  std::unique_ptr<AnnotatedBatch> in_flight_;  // read and being tagged, not yet analyzed
  std::unique_ptr<AheadResolver> resolving_;   // entity resolution of in_flight_ (or of the batch in hand)
  std::set<std::string> pending_stories_;      // stories whose timelines are stale
  // The store holds a saved resolver state that this run, holding every
  // entity, will not keep up to date: it is dropped in the first batch.
  bool stale_saved_entities_ = false;
  size_t batches_since_stories_ = 0;
};

Result<IngestReport> Engine::Impl::Ingest(const std::vector<std::string>& paths, const ProgressFn& progress) {
  auto start = std::chrono::steady_clock::now();
  IngestReport report;
  std::vector<Article> batch;
  Status batch_status;
  auto on_document = [&](RawDocument&& doc) {
    ++report.documents;
    batch.push_back(extractor_.Extract(doc));
    report.bytes += batch.back().raw.size();
    if (progress && report.documents % 256 == 0) progress(report.documents, report.bytes);
    if (batch.size() >= options_.batch_size && batch_status.ok()) {
      batch_status = Advance(std::move(batch), &report);
      batch.clear();
      if (progress) progress(report.documents, report.bytes);
    }
  };
  auto on_error = [&](const Status& error) {
    ++report.failed;
    if (report.errors.size() < 1000) report.errors.push_back(error.ToString());
  };
  Status read = ReadDocuments(paths, *env_.fs, IngestOptions{}, on_document, on_error);
  if (batch_status.ok()) batch_status = Advance(std::move(batch), &report);
  if (batch_status.ok()) batch_status = ProcessBatch(in_flight_.get(), /*next=*/nullptr, &report);
  resolving_.reset();  // before the batch it reads
  in_flight_.reset();
  if (progress) progress(report.documents, report.bytes);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!batch_status.ok()) return batch_status;
  if (!read.ok() && report.documents == 0) return read;
  return report;
}

Status Engine::Impl::Advance(std::vector<Article> batch, IngestReport* report) {
  AnnotatedBatch::SortForOnlineOrder(&batch);
  // Articles stored already are not tagged ahead. Those of the batch in
  // flight are not stored yet: a repeat of one is tagged, then skipped.
  std::vector<bool> wanted(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) {
    auto stored = AlreadyStored(batch[i]);
    if (!stored.ok()) return stored.status();
    wanted[i] = !*stored;
  }
  auto next = std::make_unique<AnnotatedBatch>(std::move(batch), wanted, analyzer_.get(), options_.threads);
  Status status = in_flight_ ? ProcessBatch(in_flight_.get(), next.get(), report) : Status::Ok();
  in_flight_ = std::move(next);
  return status;
}

Status Engine::Impl::SkipStored(const std::vector<Article>& batch, std::vector<size_t>* fresh,
                                IngestReport* report) {
  std::set<std::string> ids;  // an id twice in one batch: the first one counts
  for (size_t i = 0; i < batch.size(); ++i) {
    auto stored = AlreadyStored(batch[i]);
    if (!stored.ok()) return stored.status();
    if (*stored || !ids.insert(batch[i].id).second) {
      ++report->unchanged;
      continue;
    }
    fresh->push_back(i);
  }
  return Status::Ok();
}

Result<bool> Engine::Impl::AlreadyStored(const Article& article) {
  auto has = store_->HasArticle(article.id);
  if (!has.ok() || *has || article.url.empty()) return has;
  auto same = store_->FindSameArticle(article.content_hash, article.url);
  if (!same.ok()) return same.status();
  return same->has_value();
}

std::vector<Entity> Engine::Impl::TouchedEntities(const std::set<std::string>& ids) const {
  std::vector<Entity> out;
  for (const std::string& id : ids) {
    if (const Entity* e = analyzer_->resolver().Find(id)) out.push_back(*e);
  }
  return out;
}

Status Engine::Impl::StartResolving(AnnotatedBatch* batch, IngestReport* report, std::function<void()> first) {
  std::vector<size_t> fresh;  // indexes into batch->articles()
  STORYLINE_RETURN_IF_ERROR(SkipStored(batch->articles(), &fresh, report));
  // Entity resolution shares no state with the other stages: it runs ahead
  // on a thread of its own (unless threads = 1), in the same article order.
  resolving_ = std::make_unique<AheadResolver>(batch, std::move(fresh), analyzer_.get(),
                                               /*own_thread=*/options_.threads != 1, std::move(first));
  return Status::Ok();
}

Status Engine::Impl::AnalyzeArticles(AnnotatedBatch* batch, IngestReport* report, std::set<std::string>* events,
                                     std::set<std::string>* entities) {
  const std::vector<size_t>& fresh = resolving_->order();
  for (size_t k = 0; k < fresh.size(); ++k) {
    ArticleAnalyzer::Annotations annotations = resolving_->Take(k);  // before the article moves
    auto analyzed = analyzer_->Analyze(std::move(batch->articles()[fresh[k]]), std::move(annotations), store_.get());
    if (!analyzed.ok()) return analyzed.status();
    analyzed->ingested_at = env_.clock->NowSeconds();
    events->insert(analyzed->event);
    for (const Mention& m : analyzed->mentions) entities->insert(m.entity);
    if (analyzed->duplicate.kind != DuplicateKind::kNone) ++report->duplicates;
    STORYLINE_RETURN_IF_ERROR(store_->PutArticle(&*analyzed));
    ++report->added;
    // Repair looks at the events touched since its last pass; often enough
    // that a drifting event is caught before many more articles join it.
    if (options_.repair && ++since_repair_ >= options_.repair_every) {
      for (const auto& change : analyzer_->Repair()) events->insert(change.second);
      since_repair_ = 0;
    }
  }
  return Status::Ok();
}

Status Engine::Impl::StartNextBatch(AnnotatedBatch* next, IngestReport* report,
                                    EntityResolver::Checkpoint* checkpoint) {
  if (!bounded()) return next ? StartResolving(next, report) : Status::Ok();
  // Entities saved by earlier batches may leave memory (the next batch reads
  // them back from the store if it names them); what this batch changed is
  // checkpointed on the resolving thread before it starts on the next batch.
  analyzer_->RetireEntities(options_.max_live_entities);
  auto take_checkpoint = [this, checkpoint] { *checkpoint = analyzer_->TakeEntityCheckpoint(); };
  if (!next) {
    take_checkpoint();
    return Status::Ok();
  }
  return StartResolving(next, report, take_checkpoint);
}

Status Engine::Impl::SaveEntities(const EntityResolver::Checkpoint& checkpoint) {
  if (bounded()) return analyzer_->SaveEntities(store_.get(), checkpoint);
  if (!stale_saved_entities_) return Status::Ok();
  stale_saved_entities_ = false;
  return store_->PutResolverState("");  // the next bounded run replays the entities
}

Status Engine::Impl::ProcessBatch(AnnotatedBatch* batch, AnnotatedBatch* next, IngestReport* report) {
  Status status = store_->BeginBatch();
  if (!status.ok()) {
    resolving_.reset();  // it reads `batch`, which the caller may now drop
    return status;
  }
  if (!resolving_) status = StartResolving(batch, report);  // the run's first batch
  std::set<std::string> events, entity_ids;  // touched by this batch
  if (status.ok()) status = AnalyzeArticles(batch, report, &events, &entity_ids);
  resolving_.reset();
  if (status.ok()) status = analyzer_->resolver().archive_status();
  // The entities as this batch leaves them. Then the next batch's entity
  // resolution starts (this batch's articles are in the store, so the next
  // one's new articles are known) and overlaps the writing of this one.
  std::vector<Entity> entities = TouchedEntities(entity_ids);
  EntityResolver::Checkpoint checkpoint;
  if (status.ok()) status = StartNextBatch(next, report, &checkpoint);
  for (const DuplicateLink& link : analyzer_->TakePendingDuplicates()) {
    if (status.ok()) status = store_->UpdateDuplicate(link);
  }
  if (status.ok() && options_.repair && since_repair_ > 0) {
    for (const auto& change : analyzer_->Repair()) events.insert(change.second);
    since_repair_ = 0;
  }
  GroupWriterOptions group_options;
  group_options.threads = options_.threads;
  group_options.max_event_members = options_.max_event_members;
  group_options.max_story_members = options_.max_story_members;
  GroupWriter writer(store_.get(), analyzer_.get(), group_options);
  if (status.ok()) status = writer.WriteEvents(events, entities, &pending_stories_);
  // Story timelines are rebuilt every few batches and at the end of a run.
  if (status.ok() && (!next || ++batches_since_stories_ >= options_.story_refresh_batches)) {
    status = writer.WriteStories(pending_stories_);
    pending_stories_.clear();
    batches_since_stories_ = 0;
  }
  if (resolving_) resolving_->WaitFirst();  // `checkpoint` is taken
  if (status.ok()) status = SaveEntities(checkpoint);
  if (!status.ok()) {
    store_->RollbackBatch();
    return status;
  }
  return store_->CommitBatch();
}

}  // namespace storyline

namespace storyline {

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::Open(const EngineOptions& options, const Env& env) {
  auto store = OpenSqliteStore(options.db_path);
  if (!store.ok()) return store.status();
  auto analyzer = ArticleAnalyzer::Create(store->get());
  if (!analyzer.ok()) return analyzer.status();
  auto impl = std::make_unique<Impl>(options, env, std::move(store).value(), std::move(analyzer).value());
  STORYLINE_RETURN_IF_ERROR(impl->Restore());
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Result<IngestReport> Engine::Ingest(const std::vector<std::string>& paths, const ProgressFn& progress) {
  return impl_->Ingest(paths, progress);
}

Store& Engine::store() { return impl_->store(); }

}  // namespace storyline
