// storyline's engine: start here.
//
//   auto engine = storyline::Engine::Open({.db_path = "storyline.db"}, env);
//   auto report = (*engine)->Ingest({"articles/"}, progress);
//
// Ingest reads documents, cleans them into articles, finds duplicates,
// entities, dates and quotations, groups articles into events and events into
// stories, and writes everything to the store, one transaction per batch.
// Stages and their order: docs/design.md. What is stored: docs/storage.md.
//
// Re-ingesting an article already stored (same id, or same content and URL)
// changes nothing. A malformed record is reported (file and line) and skipped;
// the rest of the batch goes on.
#ifndef STORYLINE_ENGINE_H_
#define STORYLINE_ENGINE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "storyline/status.h"

namespace storyline {

class Clock;
class FileSystem;
class Store;

struct EngineOptions {
  // The SQLite store; created when missing.
  std::string db_path = "storyline.db";
  // Articles per transaction. A crash loses at most the batch in flight.
  size_t batch_size = 1000;
  // Run the periodic event repair pass (merge, split, move) every
  // `repair_every` articles and at the end of each batch.
  bool repair = true;
  size_t repair_every = 200;
  // Story timelines are rebuilt every this many batches and at the end of
  // each Ingest call: a story can hold thousands of articles.
  size_t story_refresh_batches = 10;
  // An event's date, title and summary are built from at most this many of
  // its articles (all of a smaller event's; 0 = all): the newest half, so
  // that each article is described as it joins (an undated one then borrows
  // the event's year for its dates), and the other half spread evenly over
  // the older ones. An event is described again whenever a batch touches it,
  // and reading all of a large one's articles each time would make memory and
  // time grow with it.
  size_t max_event_members = 1000;
  // A story's title and timeline are built from at most this many of its
  // articles, spread evenly over its events in order (all of a smaller
  // story's; 0 = all): a story can grow for as long as the stream runs, and
  // reading all its articles at every refresh would make memory and time
  // grow with it.
  size_t max_story_members = 5000;
  // Threads for the work that can leave the in-order path: tagging (the next
  // batch, while this one is analyzed), entity resolution (a few articles
  // ahead of the other stages), describing events and stories, and, at open,
  // rebuilding each stage's state from the store (the stages side by side);
  // 0 = one per core, 1 = everything on the calling thread. Results do not
  // depend on it.
  size_t threads = 0;
  // Entities the entity resolver holds in memory; 0 = every entity. With a
  // bound, the resolver saves what each batch changed in the store, lets go
  // of all but this many most recently mentioned entities after each batch,
  // and reads them back when they are named again: memory stays bounded on an
  // unbounded stream, and opening a store does not replay every article's
  // entities. Results do not depend on it; speed does a little (what each
  // batch changed is written, and entities named again are read back: on
  // T17 within the machine's noise, on a stream of ever new names ~20%
  // longer; README "Performance").
  size_t max_live_entities = 20000;
};

// What the engine reads from its surroundings; both must outlive the engine.
struct Env {
  const Clock* clock = nullptr;
  const FileSystem* fs = nullptr;
};

struct IngestReport {
  uint64_t documents = 0;   // records read
  uint64_t added = 0;       // new articles stored
  uint64_t unchanged = 0;   // already stored: re-ingest was a no-op
  uint64_t failed = 0;      // malformed records (see errors)
  uint64_t duplicates = 0;  // added articles found to copy another
  uint64_t bytes = 0;       // article text bytes processed
  double seconds = 0;
  std::vector<std::string> errors;  // "file:line: what", at most the first 1000
};

// Called after each batch with documents read so far.
using ProgressFn = std::function<void(uint64_t documents_read, uint64_t bytes_read)>;

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> Open(const EngineOptions& options, const Env& env);
  ~Engine();

  // Reads and processes every document under `paths` ("-" = standard input).
  Result<IngestReport> Ingest(const std::vector<std::string>& paths, const ProgressFn& progress = nullptr);

  Store& store();

 private:
  class Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace storyline

#endif  // STORYLINE_ENGINE_H_
