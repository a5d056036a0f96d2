// The engine: the whole pipeline in one place. Ingest() reads documents and
// hands clean articles to ProcessBatch(), which runs each through the
// analyzer and writes the batch, with the events and stories it touched, in
// one transaction.
#include "storyline/engine.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "common/env.h"
#include "common/parallel.h"
#include "extract/extractor.h"
#include "ingest/reader.h"
#include "pipeline/analyzer.h"
#include "pipeline/group_writer.h"
#include "store/store.h"

namespace storyline {

class Engine::Impl {
 public:
  Impl(EngineOptions options, Env env, std::unique_ptr<Store> store, std::unique_ptr<ArticleAnalyzer> analyzer)
      : options_(std::move(options)), env_(env), store_(std::move(store)), analyzer_(std::move(analyzer)) {}

  // Rebuilds the stages' state from what earlier runs stored.
  Status Restore() {
    return store_->ForEachArticle([&](const StoredArticle& s) {
      analyzer_->Restore(s);
      return true;
    });
  }

  Result<IngestReport> Ingest(const std::vector<std::string>& paths, const ProgressFn& progress);
  Store& store() { return *store_; }

 private:
  // Analyzes and writes one batch in one transaction; `last` = the run's final batch.
  Status ProcessBatch(std::vector<Article>* batch, IngestReport* report, bool last);
  // Moves the articles of `batch` that are not stored yet to `fresh`.
  Status SkipStored(std::vector<Article>* batch, std::vector<Article>* fresh, IngestReport* report);
  Result<bool> AlreadyStored(const Article& article);

  EngineOptions options_;
  Env env_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<ArticleAnalyzer> analyzer_;
  Extractor extractor_;
  size_t since_repair_ = 0;  // articles added since the last repair pass
  std::set<std::string> pending_stories_;  // stories whose timelines are stale
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
      batch_status = ProcessBatch(&batch, &report, /*last=*/false);
      if (progress) progress(report.documents, report.bytes);
    }
  };
  auto on_error = [&](const Status& error) {
    ++report.failed;
    if (report.errors.size() < 1000) report.errors.push_back(error.ToString());
  };
  Status read = ReadDocuments(paths, *env_.fs, IngestOptions{}, on_document, on_error);
  if (batch_status.ok()) batch_status = ProcessBatch(&batch, &report, /*last=*/true);
  if (progress) progress(report.documents, report.bytes);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!batch_status.ok()) return batch_status;
  if (!read.ok() && report.documents == 0) return read;
  return report;
}

Status Engine::Impl::SkipStored(std::vector<Article>* batch, std::vector<Article>* fresh, IngestReport* report) {
  std::set<std::string> ids;  // an id twice in one batch: the first one counts
  for (Article& article : *batch) {
    auto stored = AlreadyStored(article);
    if (!stored.ok()) return stored.status();
    if (*stored || !ids.insert(article.id).second) {
      ++report->unchanged;
      continue;
    }
    fresh->push_back(std::move(article));
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

Status Engine::Impl::ProcessBatch(std::vector<Article>* batch, IngestReport* report, bool last) {
  // Online order is publication order; undated articles come last, in arrival order.
  std::stable_sort(batch->begin(), batch->end(), [](const Article& a, const Article& b) {
    if (a.published.known() != b.published.known()) return a.published.known();
    return a.published.value < b.published.value;
  });
  STORYLINE_RETURN_IF_ERROR(store_->BeginBatch());
  std::vector<Article> fresh;
  Status status = SkipStored(batch, &fresh, report);
  // Tagging needs no shared state: the batch is annotated on every core.
  std::vector<ArticleAnalyzer::Annotations> annotations(fresh.size());
  if (status.ok()) {
    ParallelFor(fresh.size(), options_.threads, [&](size_t i) { annotations[i] = analyzer_->Annotate(fresh[i]); });
  }
  std::set<std::string> events, entities;  // touched by this batch
  for (size_t i = 0; i < fresh.size() && status.ok(); ++i) {
    auto analyzed = analyzer_->Analyze(std::move(fresh[i]), std::move(annotations[i]), store_.get());
    if (!analyzed.ok()) { status = analyzed.status(); break; }
    analyzed->ingested_at = env_.clock->NowSeconds();
    events.insert(analyzed->event);
    for (const Mention& m : analyzed->mentions) entities.insert(m.entity);
    if (analyzed->duplicate.kind != DuplicateKind::kNone) ++report->duplicates;
    status = store_->PutArticle(&*analyzed);
    if (!status.ok()) break;
    ++report->added;
    // Repair looks at the events touched since its last pass; often enough
    // that a drifting event is caught before many more articles join it.
    if (options_.repair && ++since_repair_ >= options_.repair_every) {
      for (const auto& change : analyzer_->Repair()) events.insert(change.second);
      since_repair_ = 0;
    }
  }
  for (const DuplicateLink& link : analyzer_->TakePendingDuplicates()) {
    if (status.ok()) status = store_->UpdateDuplicate(link);
  }
  if (status.ok() && options_.repair && since_repair_ > 0) {
    for (const auto& change : analyzer_->Repair()) events.insert(change.second);
    since_repair_ = 0;
  }
  GroupWriter writer(store_.get(), analyzer_.get());
  if (status.ok()) status = writer.WriteEvents(events, entities, &pending_stories_);
  // Story timelines are rebuilt every few batches and at the end of a run.
  if (status.ok() && (last || ++batches_since_stories_ >= options_.story_refresh_batches)) {
    status = writer.WriteStories(pending_stories_);
    pending_stories_.clear();
    batches_since_stories_ = 0;
  }
  batch->clear();
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
