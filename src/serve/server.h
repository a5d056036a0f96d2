// The HTTP/JSON API and the web page, served over a store.
//
//   GET /                      the web page (stories, timelines, articles)
//   GET /api/stories           stories, most recent first
//   GET /api/stories/{id}      one story with its events, timeline and articles
//   GET /api/events/{id}       one event with its summary and articles
//   GET /api/articles/{id}     one article: metadata, text, entities, dates, quotations, duplicates
//   GET /api/entities          entities;  GET /api/entities/{id}: one entity and its quotations
//   GET /api/duplicates        duplicate groups
//   GET /api/search?q=TEXT     articles matching a full-text query
//   GET /api/export            the export document (docs/export.md)
//
// Errors are JSON {"error": "..."} with 400 or 404. Requests are served by a
// thread pool; the Store is not thread-safe, so handlers take a lock.
#ifndef STORYLINE_SERVE_SERVER_H_
#define STORYLINE_SERVE_SERVER_H_

#include <memory>
#include <string>

#include "storyline/status.h"

namespace storyline {

class Store;

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback by default: expose deliberately
  int port = 8080;                 // 0 = any free port (see ApiServer::port())
};

class ApiServer {
 public:
  explicit ApiServer(Store* store);  // `store` must outlive the server
  ~ApiServer();

  // Binds to host:port; then Run() serves until Stop().
  Status Bind(const ServeOptions& options);
  int port() const;
  void Run();
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace storyline

#endif  // STORYLINE_SERVE_SERVER_H_
