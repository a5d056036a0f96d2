#include "store/wal_checkpointer.h"

namespace storyline {

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::Attach(sqlite3* writer, const std::string& path,
                                                                 int pages, int max_log_pages) {
  sqlite3* own = nullptr;
  if (sqlite3_open_v2(path.c_str(), &own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    std::string msg = own ? sqlite3_errmsg(own) : "out of memory";
    sqlite3_close_v2(own);
    return Status::IoError(path + ": cannot open the checkpointing connection: " + msg);
  }
  // A new connection opens the database lazily: reading the journal mode
  // opens it, and says whether there is a log to checkpoint at all.
  std::string mode;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(own, "PRAGMA journal_mode", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    if (const unsigned char* text = sqlite3_column_text(st, 0)) mode = reinterpret_cast<const char*>(text);
  }
  sqlite3_finalize(st);
  if (mode != "wal") {
    sqlite3_close_v2(own);
    return Status::Internal(path + ": checkpointing a database that is not in WAL mode (" + mode + ")");
  }
  return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(writer, own, pages, max_log_pages));
}

WalCheckpointer::WalCheckpointer(sqlite3* writer, sqlite3* own, int pages, int max_log_pages)
    : writer_(writer), own_(own), pages_(pages), max_log_pages_(max_log_pages) {
  thread_ = std::thread([this] { Run(); });
  sqlite3_wal_hook(writer_, &WalCheckpointer::OnCommit, this);  // replaces the automatic checkpoints
}

WalCheckpointer::~WalCheckpointer() {
  sqlite3_wal_autocheckpoint(writer_, pages_);  // the writer checkpoints itself again
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
  sqlite3_close_v2(own_);
}

int WalCheckpointer::OnCommit(void* self, sqlite3*, const char*, int pages_in_log) {
  auto* c = static_cast<WalCheckpointer*>(self);
  if (pages_in_log < c->pages_) return SQLITE_OK;
  {
    std::lock_guard<std::mutex> lock(c->mu_);
    c->asked_ = true;
  }
  c->cv_.notify_all();
  if (pages_in_log >= c->max_log_pages_) c->WaitIdle();  // so that the next transaction starts the log over
  return SQLITE_OK;
}

void WalCheckpointer::WaitIdle() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return !asked_ && !running_; });
}

void WalCheckpointer::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    // A checkpoint asked for before stop still runs: what the writer
    // committed is in the database file when the checkpointer is gone.
    cv_.wait(lock, [&] { return asked_ || stop_; });
    if (!asked_) return;
    asked_ = false;
    running_ = true;
    lock.unlock();
    // SQLITE_BUSY (another checkpoint running) is fine: the next commit asks again.
    (void)sqlite3_wal_checkpoint_v2(own_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    lock.lock();
    running_ = false;
    cv_.notify_all();
  }
}

}  // namespace storyline
