#include "cli_common.h"

#include <cstdio>
#include <filesystem>

#include "commands.h"

namespace storyline::cli {

void AddDbOption(CLI::App* app, std::string* path) {
  app->add_option("--db", *path, "the SQLite store")->default_val(kDefaultDb);
}

int ParseArgs(CLI::App* app, int argc, char** argv) {
  try {
    app->parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app->exit(e);
  } catch (const CLI::ParseError& e) {
    app->exit(e);
    std::fprintf(stderr, "\n%s", app->help().c_str());
    return kExitUsage;
  }
  return -1;
}

std::unique_ptr<Store> OpenStoreForReading(const std::string& path) {
  if (path != ":memory:" && !std::filesystem::exists(path)) {
    std::fprintf(stderr, "storyline: %s: no such store (run `storyline ingest` first)\n", path.c_str());
    return nullptr;
  }
  SqliteOptions options;
  auto store = OpenSqliteStore(path, options);
  if (!store.ok()) {
    std::fprintf(stderr, "storyline: %s\n", store.status().ToString().c_str());
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace storyline::cli
