// Helpers shared by the CLI's commands: the --db flag, opening the store, and
// consistent error output.
#ifndef STORYLINE_APPS_CLI_COMMON_H_
#define STORYLINE_APPS_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "store/store.h"

namespace storyline::cli {

inline constexpr const char* kDefaultDb = "storyline.db";

// Adds the --db option to `app`, storing into `path`.
void AddDbOption(CLI::App* app, std::string* path);

// Parses argv with CLI11; returns -1 to go on, else the exit code to return
// (0 after --help, kExitUsage with the usage printed on bad input).
int ParseArgs(CLI::App* app, int argc, char** argv);

// Opens an existing store read-only; prints the error and returns nullptr on failure.
std::unique_ptr<Store> OpenStoreForReading(const std::string& path);

}  // namespace storyline::cli

#endif  // STORYLINE_APPS_CLI_COMMON_H_
