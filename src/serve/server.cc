#include "serve/server.h"

#include <optional>

#include "serve/routes.h"

namespace storyline {

class ApiServer::Impl {
 public:
  explicit Impl(Store* store) { ctx_.store = store; }
  httplib::Server server;
  serve::Context ctx_;
  int port = 0;
};

ApiServer::ApiServer(Store* store) : impl_(std::make_unique<Impl>(store)) {
  serve::AddPageRoutes(&impl_->server);
  serve::AddStoryRoutes(&impl_->server, &impl_->ctx_);
  serve::AddArticleRoutes(&impl_->server, &impl_->ctx_);
  serve::AddEntityRoutes(&impl_->server, &impl_->ctx_);
  impl_->server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) serve::SendError(res, res.status, "not found");
  });
}

ApiServer::~ApiServer() = default;

Status ApiServer::Bind(const ServeOptions& options) {
  if (options.port == 0) {
    impl_->port = impl_->server.bind_to_any_port(options.host.c_str());
  } else {
    impl_->port = impl_->server.bind_to_port(options.host.c_str(), options.port) ? options.port : -1;
  }
  if (impl_->port <= 0) {
    return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port));
  }
  return Status::Ok();
}

int ApiServer::port() const { return impl_->port; }
void ApiServer::Run() { impl_->server.listen_after_bind(); }
void ApiServer::Stop() { impl_->server.stop(); }

namespace serve {

void SendJson(httplib::Response& res, const nlohmann::json& body, int status) {
  res.status = status;
  res.set_content(body.dump(), "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, {{"error", message}}, status);
}

namespace {

// The decimal number `text` (digits only, at most 18 of them), or nullopt.
std::optional<size_t> ParseCount(const std::string& text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  size_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n;
}

}  // namespace

bool ParsePage(const httplib::Request& req, httplib::Response& res, Page* page) {
  if (req.has_param("offset")) {
    std::optional<size_t> offset = ParseCount(req.get_param_value("offset"));
    if (!offset) {
      SendError(res, 400, "offset must be a number");
      return false;
    }
    page->offset = *offset;
  }
  if (req.has_param("limit")) {
    std::optional<size_t> limit = ParseCount(req.get_param_value("limit"));
    if (!limit || *limit == 0 || *limit > kMaxPageSize) {
      SendError(res, 400, "limit must be a number from 1 to " + std::to_string(kMaxPageSize));
      return false;
    }
    page->limit = *limit;
  }
  return true;
}

}  // namespace serve
}  // namespace storyline
