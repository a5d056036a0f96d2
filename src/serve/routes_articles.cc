// /api/articles/{id}, /api/search
#include "serve/routes.h"
#include "store/codec.h"
#include "store/export.h"

namespace storyline::serve {

using nlohmann::json;

void AddArticleRoutes(httplib::Server* server, Context* ctx) {
  server->Get(R"(/api/articles/([^/]+))", [ctx](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(ctx->mu);
    std::string id = req.matches[1];
    auto got = ctx->store->GetArticle(id);
    if (!got.ok()) return SendError(res, 500, got.status().ToString());
    if (!got->has_value()) return SendError(res, 404, "no article '" + id + "'");
    const StoredArticle& s = **got;
    json out = ArticleToJson(s, true);
    out["mentions"] = json::array();
    for (const Mention& m : s.mentions) out["mentions"].push_back(MentionToJson(m));
    out["dates"] = json::array();
    for (const DateMention& d : s.dates) out["dates"].push_back(DateMentionToJson(d));
    out["quotes"] = json::array();
    for (const Quote& q : s.quotes) out["quotes"].push_back(QuoteToJson(q));
    out["passages"] = PassagesToJson(s.duplicate.passages);
    SendJson(res, out);
  });
  server->Get("/api/search", [ctx](const httplib::Request& req, httplib::Response& res) {
    std::string q = req.get_param_value("q");
    if (q.empty()) return SendError(res, 400, "missing query parameter q");
    std::lock_guard<std::mutex> lock(ctx->mu);
    auto ids = ctx->store->Search(q, 50);
    if (!ids.ok()) return SendError(res, 400, ids.status().message());
    json out = json::array();
    for (const std::string& id : *ids) {
      auto got = ctx->store->GetArticle(id);
      if (got.ok() && got->has_value()) out.push_back(ArticleToJson(**got, false));
    }
    SendJson(res, out);
  });
}

}  // namespace storyline::serve
