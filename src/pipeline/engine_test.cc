// The engine end to end on the bundled sample: what it stores must not depend
// on how many threads tag ahead, nor on how many entities the resolver holds
// in memory, nor on a reopening of the store between two ingests; and an
// article repeated in the batch after its first copy is stored once, even
// though it was tagged ahead.
#include "storyline/engine.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "common/env.h"
#include "store/export.h"

namespace storyline {
namespace {

namespace fs = std::filesystem;

std::string Sample(const std::string& name) { return std::string(STORYLINE_SOURCE_DIR) + "/sample/" + name; }

class EngineTest : public testing::Test {
 protected:
  std::unique_ptr<Engine> Open(const std::string& name, size_t batch_size, size_t threads,
                               size_t max_live_entities = EngineOptions{}.max_live_entities, bool fresh = true) {
    EngineOptions options;
    options.batch_size = batch_size;
    options.threads = threads;
    options.max_live_entities = max_live_entities;
    return OpenWith(name, options, fresh);
  }

  // An engine with `options` on the store engine_test_<name>.db (emptied first when `fresh`).
  std::unique_ptr<Engine> OpenWith(const std::string& name, EngineOptions options, bool fresh = true) {
    options.db_path = testing::TempDir() + "/engine_test_" + name + ".db";
    if (fresh) {
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(options.db_path + suffix);
    }
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

// A story's timeline is built from at most max_story_members of its articles,
// evenly spaced in event order: of the sample's one story of five (000, 001,
// 002 in one event; 004 and 003 in the next two), 000 and 002.
TEST_F(EngineTest, StoryTimelineReadsAtMostMaxStoryMembers) {
  for (size_t cap : {size_t{2}, EngineOptions{}.max_story_members}) {
    EngineOptions options;
    options.max_story_members = cap;
    auto engine = OpenWith("story_cap", options);
    ASSERT_NE(engine, nullptr);
    ASSERT_TRUE(engine->Ingest({Sample("")}).ok());
    auto stories = engine->store().Stories();
    ASSERT_TRUE(stories.ok());
    ASSERT_EQ(stories->size(), 1u);
    std::set<std::string> sources;
    for (const TimelineEntry& entry : stories->front().timeline) {
      if (!entry.date.empty()) sources.insert(entry.articles.begin(), entry.articles.end());
    }
    ASSERT_FALSE(sources.empty());
    for (const std::string& id : sources) {
      if (cap == 2) {
        EXPECT_TRUE(id.rfind("000_", 0) == 0 || id.rfind("002_", 0) == 0) << id;
      }
    }
    if (cap != 2) {
      EXPECT_GT(sources.size(), 2u);
    }
  }
}

// An event is described from at most max_event_members of its articles, the
// newest first: with a cap of 1, the sample's event of 000, 001 and 002 is
// summarized from 002 alone (uncapped, 000 gives two of its sentences), and
// it still lists all three.
TEST_F(EngineTest, EventSummaryReadsAtMostMaxEventMembers) {
  for (size_t cap : {size_t{0}, size_t{1}}) {
    EngineOptions options;
    options.max_event_members = cap;
    auto engine = OpenWith("event_cap", options);
    ASSERT_NE(engine, nullptr);
    ASSERT_TRUE(engine->Ingest({Sample("")}).ok());
    auto events = engine->store().Events();
    ASSERT_TRUE(events.ok());
    const Event* largest = nullptr;
    for (const Event& e : *events) {
      if (!largest || e.articles.size() > largest->articles.size()) largest = &e;
    }
    ASSERT_NE(largest, nullptr);
    ASSERT_EQ(largest->articles.size(), 3u);
    auto summary = engine->store().GetEventSummary(largest->id);
    ASSERT_TRUE(summary.ok() && summary->has_value());
    std::set<std::string> sources;
    for (const SummarySentence& s : (*summary)->sentences) sources.insert(s.sources.begin(), s.sources.end());
    ASSERT_FALSE(sources.empty());
    for (const std::string& id : sources) {
      if (cap == 1) {
        EXPECT_EQ(id.substr(0, 4), "002_") << id;
      }
    }
    if (cap == 0) {
      EXPECT_GT(sources.size(), 1u);
    }
  }
}

// With one entity held, every other is read back from the store when named
// again: the entities, mentions and quotations stored are the same.
TEST_F(EngineTest, StoreDoesNotDependOnEntitiesHeld) {
  std::string exported[2];
  size_t held[2] = {0, 1};
  for (int run = 0; run < 2; ++run) {
    auto engine = Open("held" + std::to_string(held[run]), /*batch_size=*/1, /*threads=*/2, held[run]);
    ASSERT_NE(engine, nullptr);
    auto report = engine->Ingest({Sample("")});
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    EXPECT_EQ(report->added, 5u);
    exported[run] = Export(engine.get());
  }
  EXPECT_NE(exported[0].find("\"entities\":[{"), std::string::npos);
  EXPECT_EQ(exported[0], exported[1]);
}

// Entities after three ingests are the same whether the store was closed and
// opened between them (a bounded resolver then continues from its saved
// state; an unbounded one replays the stored mentions and drops that state,
// which the next bounded run must not trust) or not.
TEST_F(EngineTest, EntitiesContinueAcrossReopening) {
  const std::vector<std::vector<std::string>> ingests = {
      {Sample("000_9b4cb2ec781377c7.txt"), Sample("001_a6d6151a75f7c49e.txt")},
      {Sample("003_b10da00e773b39b2.txt")},
      {Sample("")}};
  // Entities held in each ingest; a run without reopening keeps the first.
  const std::vector<std::vector<size_t>> runs = {{3, 3, 3}, {3, 3, 3}, {3, 0, 3}};
  std::string entities[3];
  for (size_t run = 0; run < runs.size(); ++run) {
    std::string name = "reopen" + std::to_string(run);
    std::unique_ptr<Engine> engine;
    for (size_t i = 0; i < ingests.size(); ++i) {
      if (i == 0 || run > 0) {
        engine.reset();
        engine = Open(name, /*batch_size=*/2, /*threads=*/2, runs[run][i], /*fresh=*/i == 0);
        ASSERT_NE(engine, nullptr);
      }
      auto report = engine->Ingest(ingests[i]);
      ASSERT_TRUE(report.ok()) << report.status().ToString();
    }
    auto doc = ExportDocument(&engine->store(), ExportOptions{});
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ((*doc)["articles"].size(), 5u);
    entities[run] = (*doc)["entities"].dump();
  }
  EXPECT_GT(entities[0].size(), 100u);
  EXPECT_EQ(entities[1], entities[0]);
  EXPECT_EQ(entities[2], entities[0]);
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
