// WalCheckpointer: copies a WAL-mode database's log back into the database
// file from a thread and a connection of its own, so that the writer neither
// does that copy nor waits for the fsyncs it needs (on a bulk ingest, about a
// tenth of the writer's time).
//
// It takes over SQLite's automatic checkpoints for one writing connection:
// after each commit that leaves `pages` or more in the log (SQLite's own
// default threshold, 1000), it runs a PASSIVE checkpoint, which never blocks
// the writer or readers and copies only committed frames. Durability is what
// WAL with synchronous=NORMAL gives anyway: a commit is durable once in the
// log; checkpoints only move it. If a checkpoint cannot finish (a reader holds
// an old snapshot), the next one carries on, as SQLite's would.
//
// The log starts over only when a write transaction begins after a checkpoint
// has copied all of it; a writer that commits batch after batch can begin the
// next before the checkpointer is done, and the log then grows (a stress
// ingest stopped after 80,000 articles left a 7.5 GB log). So a commit that leaves `max_log_pages` or
// more in the log waits for the checkpoint to finish, as SQLite's own
// automatic checkpoint would, and the next transaction starts the log over
// (unless a reader holds an old snapshot, which no checkpoint can pass).
//
// Threads: Attach and the destructor from the writer's thread; the log hook
// runs on the writer's thread inside its commits.
#ifndef STORYLINE_STORE_WAL_CHECKPOINTER_H_
#define STORYLINE_STORE_WAL_CHECKPOINTER_H_

#include <sqlite3.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "storyline/status.h"

namespace storyline {

class WalCheckpointer {
 public:
  // Opens the checkpointing connection to `path` (a WAL database) and hooks
  // `writer`'s commits. `writer` must stay open until the checkpointer is
  // destroyed.
  static Result<std::unique_ptr<WalCheckpointer>> Attach(sqlite3* writer, const std::string& path, int pages = 1000,
                                                         int max_log_pages = 64000);
  // Finishes the checkpoint asked for, unhooks the writer (whose own automatic
  // checkpoints come back) and closes the connection.
  ~WalCheckpointer();
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  // Waits until no checkpoint is asked for or running (for tests).
  void WaitIdle();

 private:
  WalCheckpointer(sqlite3* writer, sqlite3* own, int pages, int max_log_pages);
  static int OnCommit(void* self, sqlite3* db, const char* schema, int pages_in_log);
  void Run();

  sqlite3* writer_;
  sqlite3* own_;
  const int pages_;
  const int max_log_pages_;
  std::mutex mu_;
  std::condition_variable cv_;  // any change of the flags below (notify_all)
  bool asked_ = false, running_ = false, stop_ = false;
  std::thread thread_;
};

}  // namespace storyline

#endif  // STORYLINE_STORE_WAL_CHECKPOINTER_H_
