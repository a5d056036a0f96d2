// /api/stories, /api/stories/{id}, /api/events/{id}, /api/duplicates, /api/export
#include "serve/routes.h"
#include "store/codec.h"
#include "store/export.h"

namespace storyline::serve {
namespace {

using nlohmann::json;

json EventToJson(const Event& e) {
  return {{"id", e.id}, {"story", e.story}, {"date", e.date}, {"date_end", e.date_end},
          {"title", e.title}, {"articles", e.articles}};
}

json StoryToJson(const Story& s) {
  return {{"id", s.id}, {"title", s.title}, {"first_date", s.first_date}, {"last_date", s.last_date},
          {"events", s.events}, {"timeline", TimelineToJson(s.timeline)}};
}

}  // namespace

void AddStoryRoutes(httplib::Server* server, Context* ctx) {
  server->Get("/api/stories", [ctx](const httplib::Request& req, httplib::Response& res) {
    Page page;
    if (!ParsePage(req, res, &page)) return;
    std::lock_guard<std::mutex> lock(ctx->mu);
    auto stories = ctx->store->LatestStories(page.offset, page.limit);
    if (!stories.ok()) return SendError(res, 500, stories.status().ToString());
    json out = json::array();
    for (const Story& s : *stories) out.push_back(StoryToJson(s));
    SendJson(res, out);
  });
  server->Get(R"(/api/stories/([^/]+))", [ctx](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(ctx->mu);
    std::string id = req.matches[1];
    auto story = ctx->store->GetStory(id);
    if (!story.ok()) return SendError(res, 500, story.status().ToString());
    if (!story->has_value()) return SendError(res, 404, "no story '" + id + "'");
    auto events = ctx->store->EventsOfStory(id);
    if (!events.ok()) return SendError(res, 500, events.status().ToString());
    json out = StoryToJson(**story);
    out["events"] = json::array();
    for (const Event& e : *events) {
      json ej = EventToJson(e);
      ej["articles"] = json::array();
      for (const std::string& a : e.articles) {
        auto got = ctx->store->GetArticle(a);
        if (got.ok() && got->has_value()) ej["articles"].push_back(ArticleToJson(**got, false));
      }
      out["events"].push_back(ej);
    }
    SendJson(res, out);
  });
  server->Get(R"(/api/events/([^/]+))", [ctx](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(ctx->mu);
    std::string id = req.matches[1];
    auto event = ctx->store->GetEvent(id);
    if (!event.ok()) return SendError(res, 500, event.status().ToString());
    if (!event->has_value()) return SendError(res, 404, "no event '" + id + "'");
    json out = EventToJson(**event);
    auto summary = ctx->store->GetEventSummary(id);
    out["summary"] = summary.ok() && summary->has_value() ? SummaryToJson(**summary)["sentences"] : json::array();
    SendJson(res, out);
  });
  server->Get("/api/duplicates", [ctx](const httplib::Request&, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(ctx->mu);
    auto articles = LoadAllArticles(ctx->store);
    if (!articles.ok()) return SendError(res, 500, articles.status().ToString());
    json out = json::array();
    for (const DuplicateGroup& g : GroupDuplicates(*articles)) {
      json copies = json::array();
      for (const DuplicateLink& c : g.copies) {
        copies.push_back({{"article", c.article}, {"kind", DuplicateKindName(c.kind)},
                          {"similarity", c.similarity}, {"passages", PassagesToJson(c.passages)}});
      }
      out.push_back({{"original", g.original}, {"copies", copies}});
    }
    SendJson(res, out);
  });
  server->Get("/api/export", [ctx](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(ctx->mu);
    ExportOptions options;
    options.include_duplicates = req.get_param_value("duplicates") != "exclude";
    auto doc = ExportDocument(ctx->store, options);
    if (!doc.ok()) return SendError(res, 500, doc.status().ToString());
    SendJson(res, *doc);
  });
}

}  // namespace storyline::serve
