#include "store/wal_checkpointer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace storyline {
namespace {

namespace fs = std::filesystem;

class WalCheckpointerTest : public testing::Test {
 protected:
  void SetUp() override {
    // One file per test: CTest runs the tests of this suite at once.
    path_ = testing::TempDir() + "/wal_checkpointer_" + testing::UnitTest::GetInstance()->current_test_info()->name() + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db_), SQLITE_OK);
    Exec("PRAGMA journal_mode=WAL");
    Exec("CREATE TABLE t (x TEXT)");
  }
  void TearDown() override { sqlite3_close_v2(db_); }

  void Exec(const std::string& sql) { ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK); }
  // About 400 KiB in one transaction: some 100 pages of 4 KiB in the log.
  void WriteBatch() {
    Exec("BEGIN");
    for (int i = 0; i < 100; ++i) Exec("INSERT INTO t VALUES (printf('%.4000c', 'x'))");
    Exec("COMMIT");
  }

  std::string path_;
  sqlite3* db_ = nullptr;
};

TEST_F(WalCheckpointerTest, CopiesCommittedPagesIntoTheDatabaseFile) {
  auto checkpointer = WalCheckpointer::Attach(db_, path_, /*pages=*/10);
  ASSERT_TRUE(checkpointer.ok()) << checkpointer.status().ToString();
  auto before = fs::file_size(path_);
  WriteBatch();
  (*checkpointer)->WaitIdle();
  EXPECT_GT(fs::file_size(path_), before + 300 * 1024);
}

TEST_F(WalCheckpointerTest, SmallCommitsStayInTheLog) {
  auto checkpointer = WalCheckpointer::Attach(db_, path_, /*pages=*/1000);
  ASSERT_TRUE(checkpointer.ok());
  auto before = fs::file_size(path_);
  WriteBatch();
  (*checkpointer)->WaitIdle();
  EXPECT_EQ(fs::file_size(path_), before);
}

// A commit that leaves max_log_pages in the log returns only once the
// checkpoint is done: the pages are in the database file, and the next
// transaction starts the log over instead of growing it.
TEST_F(WalCheckpointerTest, CommitPastTheLogBoundWaitsForTheCheckpoint) {
  auto checkpointer = WalCheckpointer::Attach(db_, path_, /*pages=*/10, /*max_log_pages=*/50);
  ASSERT_TRUE(checkpointer.ok());
  auto before = fs::file_size(path_);
  WriteBatch();  // ~100 pages
  EXPECT_GT(fs::file_size(path_), before + 300 * 1024);
  auto log = fs::file_size(path_ + "-wal");
  for (int i = 0; i < 5; ++i) WriteBatch();
  EXPECT_LE(fs::file_size(path_ + "-wal"), log);
}

TEST_F(WalCheckpointerTest, WriterCheckpointsItselfAgainOnceDetached) {
  {
    auto checkpointer = WalCheckpointer::Attach(db_, path_, /*pages=*/10);
    ASSERT_TRUE(checkpointer.ok());
  }
  auto before = fs::file_size(path_);
  Exec("PRAGMA wal_autocheckpoint=10");
  WriteBatch();  // the writer's own automatic checkpoint runs in its commit
  EXPECT_GT(fs::file_size(path_), before + 300 * 1024);
}

}  // namespace
}  // namespace storyline
