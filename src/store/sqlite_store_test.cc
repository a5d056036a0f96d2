#include "store/store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <thread>

namespace storyline {
namespace {

StoredArticle MakeArticle(const std::string& id, uint64_t hash) {
  StoredArticle s;
  s.article.id = id;
  s.article.url = "http://example.com/" + id;
  s.article.outlet = "TASS";
  s.article.title = "Lavrov on Libya";
  s.article.published = {"2020-07-08", DateSource::kMetadataLine, 0.95};
  s.article.raw = " date 2020-07-08 Turkey is working on a ceasefire.";
  s.article.text = "Turkey is working on a ceasefire.";
  s.article.paragraphs = {{{0, 33}, 17}};
  s.article.sentences = {{0, 33}};
  s.article.credits = {"TASS"};
  s.article.content_hash = hash;
  s.event = "e1";
  s.story = "s1";
  s.mentions = {{id, {0, 6}, "Turkey", EntityType::kPlace, "", "l1"}};
  s.dates = {{id, {0, 3}, "Wednesday", "DATE", "2020-07-08", "", DateGranularity::kDay, true}};
  s.quotes = {{"q1", id, {1, 5}, "text", "Lavrov", "p1", "said", {}},
              {"q2", id, {6, 20}, "split quotation", "Lavrov", "p1", "said", {{6, 10}, {14, 20}}}};
  return s;
}

TEST(SqliteStore, RoundTripsAnArticleWithItsAnnotations) {
  auto store = OpenSqliteStore(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  StoredArticle in = MakeArticle("a1", 42);
  ASSERT_TRUE((*store)->BeginBatch().ok());
  ASSERT_TRUE((*store)->PutArticle(&in).ok());
  ASSERT_TRUE((*store)->CommitBatch().ok());
  EXPECT_EQ(in.seq, 1);

  auto out = (*store)->GetArticle("a1");
  ASSERT_TRUE(out.ok());
  ASSERT_TRUE(out->has_value());
  const StoredArticle& s = **out;
  EXPECT_EQ(s.article.published.value, "2020-07-08");
  EXPECT_EQ(s.article.published.source, DateSource::kMetadataLine);
  EXPECT_EQ(s.article.paragraphs[0].raw_begin, 17u);
  EXPECT_EQ(s.article.credits, std::vector<std::string>{"TASS"});
  EXPECT_EQ(s.article.content_hash, 42u);
  ASSERT_EQ(s.mentions.size(), 1u);
  EXPECT_EQ(s.mentions[0].type, EntityType::kPlace);
  EXPECT_EQ(s.mentions[0].article, "a1");
  ASSERT_EQ(s.dates.size(), 1u);
  EXPECT_EQ(s.dates[0].granularity, DateGranularity::kDay);
  EXPECT_TRUE(s.dates[0].resolved);
  ASSERT_EQ(s.quotes.size(), 2u);
  EXPECT_EQ(s.quotes[0].speaker, "Lavrov");
  EXPECT_TRUE(s.quotes[0].parts.empty());
  ASSERT_EQ(s.quotes[1].parts.size(), 2u);
  EXPECT_EQ(s.quotes[1].parts[1].begin, 14u);
  EXPECT_EQ(s.quotes[1].parts[1].end, 20u);
}

TEST(SqliteStore, DuplicateIdIsRejectedAndSameArticleIsFound) {
  auto store = OpenSqliteStore(":memory:");
  ASSERT_TRUE(store.ok());
  StoredArticle a = MakeArticle("a1", 7);
  ASSERT_TRUE((*store)->PutArticle(&a).ok());
  StoredArticle again = MakeArticle("a1", 7);
  EXPECT_FALSE((*store)->PutArticle(&again).ok());
  EXPECT_TRUE(*(*store)->HasArticle("a1"));
  EXPECT_EQ((*store)->GetText("a1")->value_or(""), "Turkey is working on a ceasefire.");
  auto lite = (*store)->GetArticleForGrouping("a1");
  ASSERT_TRUE(lite.ok() && lite->has_value());
  EXPECT_EQ((**lite).article.sentences.size(), 1u);
  EXPECT_EQ((**lite).dates.at(0).value, "2020-07-08");
  EXPECT_EQ((**lite).article.published.source, DateSource::kMetadataLine);
  EXPECT_FALSE((*store)->GetText("zz")->has_value());
  EXPECT_FALSE(*(*store)->HasArticle("zz"));
  auto same = (*store)->FindSameArticle(7, "http://example.com/a1");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->value_or(""), "a1");
  EXPECT_FALSE((*store)->FindSameArticle(7, "http://other")->has_value());
}

TEST(SqliteStore, RestoreScanReadsWhatTheStagesRebuildFromAndSkipsTheRest) {
  auto store = OpenSqliteStore(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  StoredArticle a = MakeArticle("a1", 42), b = MakeArticle("a2", 43);
  b.duplicate = {"a2", "a1", DuplicateKind::kNear, 0.9, {}};
  ASSERT_TRUE((*store)->BeginBatch().ok());
  ASSERT_TRUE((*store)->PutArticle(&a).ok());
  ASSERT_TRUE((*store)->PutArticle(&b).ok());
  ASSERT_TRUE((*store)->CommitBatch().ok());

  std::vector<StoredArticle> seen;
  ASSERT_TRUE((*store)->ForEachArticleForRestore([&](const StoredArticle& s) {
    seen.push_back(s);
    return true;
  }).ok());
  ASSERT_EQ(seen.size(), 2u);
  const StoredArticle& s = seen[1];
  EXPECT_EQ(s.seq, 2);
  EXPECT_EQ(s.article.id, "a2");
  EXPECT_EQ(s.article.outlet, "TASS");
  EXPECT_EQ(s.article.title, "Lavrov on Libya");
  EXPECT_EQ(s.article.published.value, "2020-07-08");
  EXPECT_EQ(s.article.published.source, DateSource::kMetadataLine);
  EXPECT_EQ(s.article.credits, std::vector<std::string>{"TASS"});
  EXPECT_EQ(s.article.text, "Turkey is working on a ceasefire.");
  EXPECT_EQ(s.article.content_hash, 43u);
  EXPECT_EQ(s.event, "e1");
  EXPECT_EQ(s.story, "s1");
  EXPECT_EQ(s.duplicate.original, "a1");
  EXPECT_EQ(s.duplicate.kind, DuplicateKind::kNear);
  ASSERT_EQ(s.mentions.size(), 1u);
  EXPECT_EQ(s.mentions[0].entity, "l1");
  EXPECT_EQ(s.mentions[0].article, "a2");
  ASSERT_EQ(s.quotes.size(), 2u);
  EXPECT_EQ(s.quotes[1].parts.size(), 2u);
  EXPECT_EQ(s.quotes[0].article, "a2");
  // Left out: the raw text, the layout and the dates.
  EXPECT_TRUE(s.article.raw.empty());
  EXPECT_TRUE(s.article.sentences.empty());
  EXPECT_TRUE(s.article.paragraphs.empty());
  EXPECT_TRUE(s.dates.empty());

  size_t calls = 0;
  ASSERT_TRUE((*store)->ForEachArticleForRestore([&](const StoredArticle&) { return ++calls < 1; }).ok());
  EXPECT_EQ(calls, 1u);
}

TEST(SqliteStore, RolledBackBatchLeavesNothingAndCommittedSurvivesReopen) {
  std::string path = testing::TempDir() + "/store_test.db";
  std::filesystem::remove(path);
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    StoredArticle a = MakeArticle("kept", 1), b = MakeArticle("lost", 2);
    ASSERT_TRUE((*store)->BeginBatch().ok());
    ASSERT_TRUE((*store)->PutArticle(&a).ok());
    ASSERT_TRUE((*store)->CommitBatch().ok());
    ASSERT_TRUE((*store)->BeginBatch().ok());
    ASSERT_TRUE((*store)->PutArticle(&b).ok());
    (*store)->RollbackBatch();
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  EXPECT_TRUE(*(*store)->HasArticle("kept"));
  EXPECT_FALSE(*(*store)->HasArticle("lost"));
  EXPECT_EQ((*store)->Counts()->articles, 1);
}

// An entity's articles are appended as its list grows; the row is replaced.
TEST(SqliteStore, EntitiesKeepTheirArticlesAsTheListGrows) {
  auto store = OpenSqliteStore(":memory:");
  ASSERT_TRUE(store.ok());
  Entity lavrov{"p1", "Lavrov", EntityType::kPerson, {"Lavrov"}, {}, {"a1"}};
  Entity turkey{"l1", "Turkey", EntityType::kPlace, {"Turkey"}, {}, {"a2", "a1"}};
  ASSERT_TRUE((*store)->PutEntity(lavrov).ok());
  ASSERT_TRUE((*store)->PutEntity(turkey).ok());
  lavrov.name = "Sergey Lavrov";
  lavrov.variants.push_back("Sergey Lavrov");
  lavrov.articles = {"a1", "a3", "a4"};
  ASSERT_TRUE((*store)->PutEntity(lavrov).ok());
  auto entities = (*store)->Entities();
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities->size(), 2u);
  for (const Entity& e : *entities) {
    const Entity& want = e.id == "p1" ? lavrov : turkey;
    EXPECT_EQ(e.name, want.name);
    EXPECT_EQ(e.variants, want.variants);
    EXPECT_EQ(e.articles, want.articles) << e.id;
  }
  auto reader = (*store)->NewEntityRecordReader();
  ASSERT_TRUE(reader.ok());
  std::vector<std::string> articles;
  ASSERT_TRUE((*reader)->LoadEntityArticles("l1", &articles).ok());
  EXPECT_EQ(articles, turkey.articles);
}

TEST(SqliteStore, UpsertsGroupsAndSearchesText) {
  auto store = OpenSqliteStore(":memory:");
  ASSERT_TRUE(store.ok());
  StoredArticle a = MakeArticle("a1", 1);
  ASSERT_TRUE((*store)->PutArticle(&a).ok());
  Event e{"e1", "s1", "2020-07-08", "", "Lavrov", {"a1"}};
  EventSummary summary{"e1", {{"a1", {0, 33}, "Turkey is working on a ceasefire.", {"a1"}}}};
  ASSERT_TRUE((*store)->PutEvent(e, summary).ok());
  e.title = "Lavrov on a ceasefire";
  ASSERT_TRUE((*store)->PutEvent(e, summary).ok());
  Story s{"s1", "Libya", "2020-07-08", "2020-07-22", {"e1"}, {{"2020-07-08", "", "Talks.", {"a1"}}}};
  ASSERT_TRUE((*store)->PutStory(s).ok());
  auto events = (*store)->Events();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].title, "Lavrov on a ceasefire");
  auto got = (*store)->GetEventSummary("e1");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((**got).sentences[0].sources, std::vector<std::string>{"a1"});
  EXPECT_EQ((*store)->Stories()->at(0).timeline.at(0).text, "Talks.");
  EXPECT_EQ(*(*store)->Search("ceasefire", 10), std::vector<std::string>{"a1"});
  // Articles of a batch are searchable once it commits.
  StoredArticle b = MakeArticle("b1", 2);
  b.article.text = "Earthquake near the coast.";
  ASSERT_TRUE((*store)->BeginBatch().ok());
  ASSERT_TRUE((*store)->PutArticle(&b).ok());
  ASSERT_TRUE((*store)->CommitBatch().ok());
  EXPECT_EQ(*(*store)->Search("earthquake", 10), std::vector<std::string>{"b1"});
  EXPECT_FALSE((*store)->Search("\"unbalanced", 10).ok());
}

// The reads by id and by page see exactly the rows the full reads see.
TEST(SqliteStore, ReadsGroupsAndEntitiesByIdAndByPage) {
  auto store = OpenSqliteStore(":memory:");
  ASSERT_TRUE(store.ok());
  // Stories: s10 and s2 end on the same day (id order: s2 first), s3 is undated.
  std::vector<Story> stories = {{"s10", "Ten", "2020-07-01", "2020-07-22", {"e10"}, {}},
                                {"s2", "Two", "2020-07-08", "2020-07-22", {"e2", "e11"}, {}},
                                {"s3", "Three", "", "", {"e3"}, {}},
                                {"s4", "Four", "2020-07-30", "2020-08-01", {}, {}}};
  for (const Story& s : stories) ASSERT_TRUE((*store)->PutStory(s).ok());
  for (const Event& e : std::vector<Event>{{"e11", "s2", "", "", "Eleven", {"a3"}},
                                           {"e2", "s2", "2020-07-08", "", "Two", {"a1", "a2"}},
                                           {"e10", "s10", "", "", "Ten", {}}}) {
    ASSERT_TRUE((*store)->PutEvent(e, EventSummary{e.id, {}}).ok());
  }
  auto page = (*store)->LatestStories(0, 10);
  ASSERT_TRUE(page.ok());
  std::vector<std::string> ids;
  for (const Story& s : *page) ids.push_back(s.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"s4", "s2", "s10", "s3"}));
  auto second = (*store)->LatestStories(1, 2);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->size(), 2u);
  EXPECT_EQ((*second)[0].id, "s2");
  EXPECT_EQ((*second)[1].id, "s10");
  EXPECT_TRUE((*store)->LatestStories(4, 10)->empty());

  auto story = (*store)->GetStory("s2");
  ASSERT_TRUE(story.ok() && story->has_value());
  EXPECT_EQ((*story)->events, (std::vector<std::string>{"e2", "e11"}));
  EXPECT_FALSE((*store)->GetStory("s9")->has_value());
  auto events = (*store)->EventsOfStory("s2");
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].id, "e2");
  EXPECT_EQ((*events)[0].articles, (std::vector<std::string>{"a1", "a2"}));
  EXPECT_EQ((*events)[1].id, "e11");
  EXPECT_TRUE((*store)->EventsOfStory("s9")->empty());
  auto event = (*store)->GetEvent("e11");
  ASSERT_TRUE(event.ok() && event->has_value());
  EXPECT_EQ((*event)->title, "Eleven");
  EXPECT_FALSE((*store)->GetEvent("e1")->has_value());

  Entity lavrov{"p1", "Lavrov", EntityType::kPerson, {"Lavrov"}, {}, {"a1", "a2"}};
  Entity turkey{"l1", "Turkey", EntityType::kPlace, {"Turkey"}, {}, {"a2"}};
  Entity tass{"o1", "TASS", EntityType::kOrganization, {"TASS"}, {}, {"a3"}};
  for (const Entity& e : {lavrov, turkey, tass}) ASSERT_TRUE((*store)->PutEntity(e).ok());
  auto entity = (*store)->GetEntity("p1");
  ASSERT_TRUE(entity.ok() && entity->has_value());
  EXPECT_EQ((*entity)->name, "Lavrov");
  EXPECT_EQ((*entity)->articles, lavrov.articles);
  EXPECT_FALSE((*store)->GetEntity("p2")->has_value());
  auto entities = (*store)->EntityPage(1, 5);
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities->size(), 2u);
  EXPECT_EQ((*entities)[0].id, "l1");
  EXPECT_EQ((*entities)[0].articles, turkey.articles);
  EXPECT_EQ((*entities)[1].id, "o1");
}

TEST(SqliteStore, UpdatesRevisableFields) {
  auto store = OpenSqliteStore(":memory:");
  ASSERT_TRUE(store.ok());
  StoredArticle a = MakeArticle("a1", 1);
  ASSERT_TRUE((*store)->PutArticle(&a).ok());
  ASSERT_TRUE((*store)->UpdateAssignment("a1", "e9", "s9").ok());
  ASSERT_TRUE((*store)->UpdateDuplicate({"a1", "a0", DuplicateKind::kNear, 0.5, {{{0, 4}, {2, 6}}}}).ok());
  ASSERT_TRUE((*store)->UpdatePublished("a1", {"2020-07-09", DateSource::kEvent, 0.5}).ok());
  auto s = **(*store)->GetArticle("a1");
  EXPECT_EQ(s.event, "e9");
  EXPECT_EQ(s.duplicate.original, "a0");
  EXPECT_EQ(s.duplicate.kind, DuplicateKind::kNear);
  EXPECT_EQ(s.duplicate.passages.at(0).in_original.begin, 2u);
  EXPECT_EQ(s.article.published.source, DateSource::kEvent);
}

// The entity resolver's saved records: read from another thread while the
// batch that wrote them is in flight, kept once committed, gone when rolled back.
TEST(SqliteStore, SavesEntityRecordsReadableFromAnotherThread) {
  std::string path = testing::TempDir() + "/entity_records_test.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  {
    auto store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    auto reader = (*store)->NewEntityRecordReader();
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    auto state = (*store)->GetResolverState();
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(*state, "");
    ASSERT_TRUE((*store)->BeginBatch().ok());
    std::string record("binary\0record", 13);
    ASSERT_TRUE((*store)->PutEntityRecord("p1", record, {"s:lvrv", "k:sergey lavrov"}).ok());
    ASSERT_TRUE((*store)->PutEntityRecord("p2", "two", {"s:lvrv"}).ok());
    ASSERT_TRUE((*store)->PutEntityRecord("p1", record + "!", {"k:lavrov"}).ok());  // keys add up
    ASSERT_TRUE((*store)->PutResolverState("state").ok());
    ASSERT_TRUE((*store)->PutArticleMerges("a1", std::string("m\0erges", 7)).ok());
    std::vector<std::string> ids, keys;
    std::string loaded, merges;
    std::thread other([&] {
      EXPECT_TRUE((*reader)->LoadArticleMerges("a1", &merges).ok());
      EXPECT_TRUE((*reader)->Lookup("s:lvrv", 10, &ids).ok());
      EXPECT_TRUE((*reader)->Load("p1", &loaded).ok());
      EXPECT_TRUE((*reader)->ForEachKey([&](std::string_view k) { keys.emplace_back(k); }).ok());
    });
    other.join();
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"p1", "p2"}));
    EXPECT_EQ(loaded, record + "!");
    EXPECT_EQ(merges, std::string("m\0erges", 7));
    EXPECT_EQ(keys, (std::vector<std::string>{"k:lavrov", "k:sergey lavrov", "s:lvrv"}));
    ids.clear();
    ASSERT_TRUE((*reader)->Lookup("s:lvrv", 1, &ids).ok());
    EXPECT_EQ(ids.size(), 1u);
    ASSERT_TRUE((*store)->CommitBatch().ok());
    ASSERT_TRUE((*store)->BeginBatch().ok());
    ASSERT_TRUE((*store)->PutEntityRecord("p3", "three", {"k:x"}).ok());
    (*store)->RollbackBatch();
    ASSERT_TRUE((*reader)->Load("p3", &loaded).ok());
    EXPECT_EQ(loaded, "");
  }
  auto reopened = OpenSqliteStore(path);
  ASSERT_TRUE(reopened.ok());
  auto state = (*reopened)->GetResolverState();
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(*state, "state");
  auto reader = (*reopened)->NewEntityRecordReader();
  ASSERT_TRUE(reader.ok());
  std::string loaded;
  ASSERT_TRUE((*reader)->Load("p2", &loaded).ok());
  EXPECT_EQ(loaded, "two");
}

}  // namespace
}  // namespace storyline
