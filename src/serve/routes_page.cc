// GET / : the web page, embedded at build time from page.html.
#include "serve/routes.h"

namespace storyline::serve {

extern const unsigned char kPageHtml[];  // generated from page.html by CMake, NUL-terminated

void AddPageRoutes(httplib::Server* server) {
  server->Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(reinterpret_cast<const char*>(kPageHtml), "text/html; charset=utf-8");
  });
}

}  // namespace storyline::serve
