// storyline ingest PATH... : reads articles into the store.
#include <unistd.h>

#include <cstdio>

#include "cli_common.h"
#include "commands.h"
#include "common/env.h"
#include "storyline/engine.h"

namespace storyline::cli {
namespace {

// A one-line progress display on stderr (only when it is a terminal, or when
// forced), refreshed after each batch.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}
  void Update(uint64_t docs, uint64_t bytes) {
    if (!enabled_ || docs < 300) return;
    std::fprintf(stderr, "\ringest: %llu articles, %.1f MB", static_cast<unsigned long long>(docs), bytes / 1e6);
    shown_ = true;
  }
  ~Progress() {
    if (shown_) std::fprintf(stderr, "\n");
  }

 private:
  bool enabled_;
  bool shown_ = false;
};

}  // namespace

int RunIngest(int argc, char** argv) {
  CLI::App app{"Read articles into the store: .txt files (id = file name), folders (recursively), "
               "JSON Lines, HTML pages, RSS/Atom feeds, WARC files, or - for standard input. "
               "Re-ingesting an article already stored changes nothing; a malformed record is "
               "reported with its file and line and the rest goes on.",
               "storyline ingest"};
  std::string db = kDefaultDb;
  std::vector<std::string> paths;
  size_t batch = 1000;
  size_t max_live_entities = EngineOptions{}.max_live_entities;
  bool quiet = false, progress_flag = false;
  AddDbOption(&app, &db);
  app.add_option("paths", paths, "files, folders, or -")->required();
  app.add_option("--batch", batch, "articles per transaction")->default_val(1000)->check(CLI::PositiveNumber);
  app.add_option("--max-live-entities", max_live_entities,
                 "entities held in memory (0 = hold all): the others are saved in the store and read "
                 "back when named again; the results do not depend on it, memory on long streams does")
      ->capture_default_str();
  app.add_flag("--progress", progress_flag, "show progress even when stderr is not a terminal");
  app.add_flag("-q,--quiet", quiet, "print only errors");
  if (int rc = ParseArgs(&app, argc, argv); rc >= 0) return rc;

  auto clock = NewSystemClock();
  auto fs = NewDiskFileSystem();
  EngineOptions options;
  options.db_path = db;
  options.batch_size = batch;
  options.max_live_entities = max_live_entities;
  auto engine = Engine::Open(options, Env{clock.get(), fs.get()});
  if (!engine.ok()) {
    std::fprintf(stderr, "storyline ingest: %s\n", engine.status().ToString().c_str());
    return kExitFatal;
  }
  Progress progress(!quiet && (progress_flag || isatty(STDERR_FILENO)));
  auto report = (*engine)->Ingest(paths, [&](uint64_t d, uint64_t b) { progress.Update(d, b); });
  if (!report.ok()) {
    std::fprintf(stderr, "storyline ingest: %s\n", report.status().ToString().c_str());
    return kExitFatal;
  }
  for (const std::string& e : report->errors) std::fprintf(stderr, "storyline ingest: %s\n", e.c_str());
  if (!quiet) {
    double secs = report->seconds > 0 ? report->seconds : 1e-9;
    std::printf("ingested %llu documents: %llu new (%llu duplicates), %llu already stored, %llu failed "
                "in %.2f s (%.0f articles/s, %.2f MB/s) into %s\n",
                static_cast<unsigned long long>(report->documents), static_cast<unsigned long long>(report->added),
                static_cast<unsigned long long>(report->duplicates),
                static_cast<unsigned long long>(report->unchanged), static_cast<unsigned long long>(report->failed),
                report->seconds, report->documents / secs, report->bytes / 1e6 / secs, db.c_str());
  }
  return report->failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace storyline::cli
