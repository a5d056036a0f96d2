#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <thread>

#include "store/store.h"

namespace storyline {
namespace {

class ServerTest : public testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore(":memory:");
    ASSERT_TRUE(store.ok());
    store_ = std::move(store).value();
    StoredArticle s;
    s.article.id = "a1";
    s.article.title = "Lavrov on Libya";
    s.article.text = "Lavrov spoke on Wednesday.";
    s.article.credits = {"TASS"};
    s.event = "e1";
    s.story = "s1";
    s.mentions = {{"a1", {0, 6}, "Lavrov", EntityType::kPerson, "", "p1"}};
    ASSERT_TRUE(store_->PutArticle(&s).ok());
    ASSERT_TRUE(store_->PutEvent({"e1", "s1", "2020-07-08", "", "Lavrov", {"a1"}}, {"e1", {}}).ok());
    ASSERT_TRUE(store_->PutStory({"s1", "Libya", "2020-07-08", "2020-07-08", {"e1"}, {}}).ok());
    ASSERT_TRUE(store_->PutEntity({"p1", "Sergey Lavrov", EntityType::kPerson, {"Lavrov"}, {}, {"a1"}}).ok());
    server_ = std::make_unique<ApiServer>(store_.get());
    ASSERT_TRUE(server_->Bind({"127.0.0.1", 0}).ok());
    thread_ = std::thread([this] { server_->Run(); });
  }
  void TearDown() override {
    server_->Stop();
    if (thread_.joinable()) thread_.join();
  }
  nlohmann::json Get(const std::string& path, int* status) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_connection_timeout(5);
    auto res = client.Get(path.c_str());
    if (!res) { *status = -1; return nullptr; }
    *status = res->status;
    return nlohmann::json::parse(res->body, nullptr, false);
  }

  std::unique_ptr<Store> store_;
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
};

TEST_F(ServerTest, ServesStoriesArticlesAndEntities) {
  int status = 0;
  auto stories = Get("/api/stories", &status);
  ASSERT_EQ(status, 200);
  EXPECT_EQ(stories[0]["id"], "s1");
  auto story = Get("/api/stories/s1", &status);
  ASSERT_EQ(status, 200);
  EXPECT_EQ(story["events"][0]["articles"][0]["id"], "a1");
  auto article = Get("/api/articles/a1", &status);
  ASSERT_EQ(status, 200);
  EXPECT_EQ(article["derived_from"][0], "TASS");
  EXPECT_EQ(article["mentions"][0]["entity"], "p1");
  auto entity = Get("/api/entities/p1", &status);
  ASSERT_EQ(status, 200);
  EXPECT_EQ(entity["name"], "Sergey Lavrov");
  EXPECT_EQ(entity["events"], nlohmann::json::array({"e1"}));
  EXPECT_EQ(entity["stories"], nlohmann::json::array({"s1"}));
  auto hits = Get("/api/search?q=Lavrov", &status);
  ASSERT_EQ(status, 200);
  EXPECT_EQ(hits.size(), 1u);
}

TEST_F(ServerTest, ListingsComeInPages) {
  ASSERT_TRUE(store_->PutStory({"s2", "Later", "2020-07-22", "2020-07-22", {}, {}}).ok());
  ASSERT_TRUE(store_->PutEntity({"l1", "Libya", EntityType::kPlace, {"Libya"}, {}, {"a1"}}).ok());
  int status = 0;
  auto stories = Get("/api/stories", &status);
  ASSERT_EQ(status, 200);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0]["id"], "s2");  // latest first
  auto second = Get("/api/stories?offset=1&limit=1", &status);
  ASSERT_EQ(status, 200);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0]["id"], "s1");
  auto entities = Get("/api/entities?limit=1", &status);
  ASSERT_EQ(status, 200);
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0]["id"], "p1");
  EXPECT_EQ(Get("/api/entities?offset=1", &status).size(), 1u);
  for (const char* bad : {"/api/stories?limit=0", "/api/stories?limit=1001", "/api/entities?offset=x",
                          "/api/stories?limit=-1"}) {
    auto error = Get(bad, &status);
    EXPECT_EQ(status, 400) << bad;
    EXPECT_TRUE(error.contains("error")) << bad;
  }
  Get("/api/events/e9", &status);
  EXPECT_EQ(status, 404);
  Get("/api/stories/s9", &status);
  EXPECT_EQ(status, 404);
  Get("/api/entities/p9", &status);
  EXPECT_EQ(status, 404);
}

TEST_F(ServerTest, UnknownIdsAndBadQueriesAreJsonErrors) {
  int status = 0;
  auto missing = Get("/api/articles/nope", &status);
  EXPECT_EQ(status, 404);
  EXPECT_TRUE(missing.contains("error"));
  Get("/api/search", &status);
  EXPECT_EQ(status, 400);
  httplib::Client client("127.0.0.1", server_->port());
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("<title>storyline</title>"), std::string::npos);
}

}  // namespace
}  // namespace storyline
