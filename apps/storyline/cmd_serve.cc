// storyline serve : the HTTP/JSON API and the web page over the store.
#include <fmt/core.h>

#include "cli_common.h"
#include "commands.h"
#include "serve/server.h"

namespace storyline::cli {

int RunServe(int argc, char** argv) {
  CLI::App app{"Serve the HTTP/JSON API (/api/stories, /api/articles/ID, /api/entities, /api/search?q=, "
               "/api/export, ...) and the web page at /. Listens on loopback unless --host says otherwise.",
               "storyline serve"};
  std::string db = kDefaultDb;
  ServeOptions options;
  AddDbOption(&app, &db);
  app.add_option("--host", options.host, "address to listen on")->default_val("127.0.0.1");
  app.add_option("--port", options.port, "port (0 = any free port)")->default_val(8080)->check(CLI::Range(0, 65535));
  if (int rc = ParseArgs(&app, argc, argv); rc >= 0) return rc;
  auto store = OpenStoreForReading(db);
  if (!store) return kExitFatal;
  ApiServer server(store.get());
  if (Status s = server.Bind(options); !s.ok()) {
    fmt::print(stderr, "storyline serve: {}\n", s.ToString());
    return kExitFatal;
  }
  fmt::print("serving {} on http://{}:{}/\n", db, options.host, server.port());
  std::fflush(stdout);
  server.Run();
  return kExitOk;
}

}  // namespace storyline::cli
