// The engine end to end on the bundled sample: what it stores must not depend
// on how many threads tag ahead, and an article repeated in the batch after
// its first copy is stored once, even though it was tagged ahead.
#include "storyline/engine.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/env.h"
#include "store/export.h"

namespace storyline {
namespace {

namespace fs = std::filesystem;

std::string Sample(const std::string& name) { return std::string(STORYLINE_SOURCE_DIR) + "/sample/" + name; }

class EngineTest : public testing::Test {
 protected:
  std::unique_ptr<Engine> Open(const std::string& name, size_t batch_size, size_t threads) {
    std::string db = testing::TempDir() + "/engine_test_" + name + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
    EngineOptions options;
    options.db_path = db;
    options.batch_size = batch_size;
    options.threads = threads;
    auto engine = Engine::Open(options, Env{&clock_, disk_.get()});
    EXPECT_TRUE(engine.ok()) << engine.status().ToString();
    return engine.ok() ? std::move(engine).value() : nullptr;
  }

  static std::string Export(Engine* engine) {
    auto doc = ExportDocument(&engine->store(), ExportOptions{});
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    return doc.ok() ? doc->dump() : "";
  }

  FakeClock clock_{1600000000};
  std::unique_ptr<FileSystem> disk_ = NewDiskFileSystem();
};

TEST_F(EngineTest, StoreDoesNotDependOnTaggingThreads) {
  std::string exported[2];
  size_t threads[2] = {1, 4};
  for (int run = 0; run < 2; ++run) {
    auto engine = Open("threads" + std::to_string(threads[run]), /*batch_size=*/2, threads[run]);
    ASSERT_NE(engine, nullptr);
    auto report = engine->Ingest({Sample("")});
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    EXPECT_EQ(report->added, 5u);
    exported[run] = Export(engine.get());
  }
  EXPECT_NE(exported[0].find("\"entities\":[{"), std::string::npos);  // tagging did run
  EXPECT_EQ(exported[0], exported[1]);
}

TEST_F(EngineTest, ArticleRepeatedInTheNextBatchIsStoredOnce) {
  auto engine = Open("repeat", /*batch_size=*/2, /*threads=*/2);
  ASSERT_NE(engine, nullptr);
  // Batches {000, 001} and {002, 000}: the second 000 is read while the first
  // batch is still in flight.
  auto report = engine->Ingest({Sample("000_9b4cb2ec781377c7.txt"), Sample("001_a6d6151a75f7c49e.txt"),
                                Sample("002_3d73dd3adbcc7228.txt"), Sample("000_9b4cb2ec781377c7.txt")});
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->added, 3u);
  EXPECT_EQ(report->unchanged, 1u);
}

TEST_F(EngineTest, ReingestingIsANoOp) {
  auto engine = Open("reingest", /*batch_size=*/2, /*threads=*/0);
  ASSERT_NE(engine, nullptr);
  ASSERT_TRUE(engine->Ingest({Sample("")}).ok());
  std::string before = Export(engine.get());
  auto again = engine->Ingest({Sample("")});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->added, 0u);
  EXPECT_EQ(again->unchanged, 5u);
  EXPECT_EQ(Export(engine.get()), before);
}

}  // namespace
}  // namespace storyline
