// storyline dates: tags the temporal expressions of a plain text and prints
// them as JSON Lines, one expression a line, with byte offsets into the input.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "commands.h"
#include "common/env.h"
#include "dates/date_tagger.h"
#include "dates/mention_json.h"

namespace storyline::cli {
namespace {

bool ReadInput(const std::string& path, std::string* text) {
  if (path == "-") {
    text->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  Result<std::string> data = NewDiskFileSystem()->ReadFile(path);
  if (!data.ok()) {
    std::fprintf(stderr, "storyline dates: %s\n", data.status().ToString().c_str());
    return false;
  }
  *text = std::move(*data);
  return true;
}

}  // namespace

int RunDates(int argc, char** argv) {
  CLI::App app{
      "Tag the dates of a plain text (FILE, or - for stdin) and print one JSON object a line:\n"
      "{\"begin\",\"end\",\"text\",\"type\",\"value\",\"value_end\"?,\"granularity\",\"resolved\"}.\n"
      "begin/end are BYTE offsets into the input. Relative dates resolve against --dct; without\n"
      "it (or with only a year) they stay unresolved (resolved=false) rather than guessed.",
      "storyline dates"};
  std::string dct, path = "-";
  DateTaggerOptions options;
  bool no_durations = false, no_sets = false;
  app.add_option("--dct", dct, "publication date: YYYY-MM-DD, YYYY, or omitted if unknown");
  app.add_flag("--no-durations", no_durations, "leave out durations (\"three years\")");
  app.add_flag("--no-sets", no_sets, "leave out sets (\"daily\")");
  app.add_option("file", path, "plain text file, or - for stdin (default)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return e.get_exit_code() == 0 ? kExitOk : (rc == 0 ? kExitOk : kExitUsage);
  }
  options.durations = !no_durations;
  options.sets = !no_sets;
  std::string text;
  if (!ReadInput(path, &text)) return kExitFatal;
  Result<std::vector<DateMention>> mentions = TagDatesChecked(text, dct, options);
  if (!mentions.ok()) {
    std::fprintf(stderr, "storyline dates: %s\n%s", mentions.status().ToString().c_str(),
                 app.help().c_str());
    return kExitUsage;
  }
  for (const DateMention& m : *mentions) std::printf("%s\n", dates::DateMentionJson(m).c_str());
  return kExitOk;
}

}  // namespace storyline::cli
