// /api/entities, /api/entities/{id}
#include <set>

#include "serve/routes.h"
#include "store/codec.h"
#include "store/export.h"

namespace storyline::serve {

using nlohmann::json;

void AddEntityRoutes(httplib::Server* server, Context* ctx) {
  server->Get("/api/entities", [ctx](const httplib::Request& req, httplib::Response& res) {
    Page page;
    if (!ParsePage(req, res, &page)) return;
    std::lock_guard<std::mutex> lock(ctx->mu);
    auto entities = ctx->store->EntityPage(page.offset, page.limit);
    if (!entities.ok()) return SendError(res, 500, entities.status().ToString());
    json out = json::array();
    for (const Entity& e : *entities) out.push_back(EntityToJson(e));
    SendJson(res, out);
  });
  server->Get(R"(/api/entities/([^/]+))", [ctx](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(ctx->mu);
    std::string id = req.matches[1];
    auto entity = ctx->store->GetEntity(id);
    if (!entity.ok()) return SendError(res, 500, entity.status().ToString());
    if (!entity->has_value()) return SendError(res, 404, "no entity '" + id + "'");
    json out = EntityToJson(**entity);
    out["quotes"] = json::array();
    std::set<std::string> events, stories;  // each once, in id order
    for (const std::string& a : (*entity)->articles) {
      auto got = ctx->store->GetArticle(a);
      if (!got.ok() || !got->has_value()) continue;
      if (!(**got).event.empty()) events.insert((**got).event);
      if (!(**got).story.empty()) stories.insert((**got).story);
      for (const Quote& q : (**got).quotes) {
        if (q.speaker_entity == id) out["quotes"].push_back(QuoteToJson(q));
      }
    }
    out["events"] = events;
    out["stories"] = stories;
    SendJson(res, out);
  });
}

}  // namespace storyline::serve
