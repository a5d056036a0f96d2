// storyline: turns a stream of news articles into stories.
// `main` only dispatches: each subcommand lives in its own cmd_*.cc file.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.h"

namespace storyline::cli {
namespace {

struct Command {
  const char* name;
  int (*run)(int, char**);
  const char* summary;
};

const Command kCommands[] = {
    {"ingest", RunIngest, "read articles (files, folders, JSON Lines, HTML, feeds, WARC, -) into the store"},
    {"stories", RunStories, "list the stories in the store"},
    {"story", RunStory, "show one story: its timeline, events and articles"},
    {"article", RunArticle, "show one article: metadata, clean text, what was found in it"},
    {"entity", RunEntity, "show one entity: variants, articles, events, quotations"},
    {"export", RunExport, "write the store as JSON, JSON Lines or CSV"},
    {"duplicates", RunDuplicates, "list duplicate groups with their first publisher"},
    {"timeline", RunTimeline, "build a dated timeline for a story or a set of articles"},
    {"dates", RunDates, "tag and resolve the date expressions of a text"},
    {"ner", RunNer, "tag named entities in CoNLL-style tokens"},
    {"train-ner", RunTrainNer, "train the named-entity tagger from ../shared/data/ner"},
    {"serve", RunServe, "serve the HTTP/JSON API and the web page"},
    {"eval-dedup", RunEvalDedup, "(eval dedup) score duplicate groups against a gold grouping"},
    {"eval-clusters", RunEvalClusters, "(eval clusters) score events or stories against a gold clustering"},
    {"eval-ner", RunEvalNer, "(eval ner) score the tagger against CoNLL gold"},
    {"eval-dates", RunEvalDates, "(eval dates) score the date tagger on TimeML files"},
    {"eval-timeline", RunEvalTimeline, "(eval timeline) score timelines with the tilse metrics"},
};

void PrintUsage(FILE* out) {
  std::fprintf(out,
               "storyline: turns a stream of news articles into stories\n\n"
               "usage: storyline COMMAND [ARGS...]   (storyline COMMAND --help for each)\n\n"
               "commands:\n");
  for (const Command& c : kCommands) {
    std::string name = c.name;
    if (name.rfind("eval-", 0) == 0) name = "eval " + name.substr(5);
    std::fprintf(out, "  %-16s %s\n", name.c_str(), c.summary);
  }
  std::fprintf(out, "\nexit codes: 0 ok, 1 some records failed, 2 usage error, 3 fatal error\n");
}

}  // namespace
}  // namespace storyline::cli

int main(int argc, char** argv) {
  using namespace storyline::cli;
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    PrintUsage(argc < 2 ? stderr : stdout);
    return argc < 2 ? kExitUsage : kExitOk;
  }
  std::string name = argv[1];
  int shift = 1;
  if (name == "eval") {
    if (argc < 3) {
      std::fprintf(stderr, "usage: storyline eval dedup|clusters|ner|dates|timeline [ARGS...]\n");
      return kExitUsage;
    }
    name = "eval-" + std::string(argv[2]);
    shift = 2;
  }
  for (const Command& c : kCommands) {
    if (name == c.name) {
      std::vector<char*> args(argv + shift, argv + argc);
      std::string display = name;
      args[0] = display.data();
      return c.run(static_cast<int>(args.size()), args.data());
    }
  }
  std::fprintf(stderr, "storyline: unknown command '%s'\n\n", name.c_str());
  PrintUsage(stderr);
  return kExitUsage;
}
