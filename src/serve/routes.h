// Route registration, one function per resource file (routes_*.cc).
#ifndef STORYLINE_SERVE_ROUTES_H_
#define STORYLINE_SERVE_ROUTES_H_

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <mutex>

#include "store/store.h"

namespace storyline::serve {

// The store and the lock that serializes access to it.
struct Context {
  Store* store;
  std::mutex mu;
};

void SendJson(httplib::Response& res, const nlohmann::json& body, int status = 200);
void SendError(httplib::Response& res, int status, const std::string& message);

// A page of a listing: `offset` (default 0) and `limit` (default 100, at
// most kMaxPageSize) from the query string. False, with a 400 response sent,
// when either is not a number or the limit is 0 or over the maximum.
constexpr size_t kDefaultPageSize = 100;
constexpr size_t kMaxPageSize = 1000;
struct Page {
  size_t offset = 0;
  size_t limit = kDefaultPageSize;
};
bool ParsePage(const httplib::Request& req, httplib::Response& res, Page* page);

void AddStoryRoutes(httplib::Server* server, Context* ctx);
void AddArticleRoutes(httplib::Server* server, Context* ctx);
void AddEntityRoutes(httplib::Server* server, Context* ctx);
void AddPageRoutes(httplib::Server* server);

}  // namespace storyline::serve

#endif  // STORYLINE_SERVE_ROUTES_H_
