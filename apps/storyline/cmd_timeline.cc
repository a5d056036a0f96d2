// storyline timeline: a dated timeline for a set of articles.
//
//   storyline timeline --articles FILE.jsonl [--dates N] [--sentences M]
//                      [--format json|t17] [--keywords FILE.json]
//                      [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--out FILE]
//
// The STORY form (`storyline timeline s3`) reads a story from the store; it is
// wired by the pipeline, and until then answers with a usage error.
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "commands.h"
#include "common/env.h"
#include "timeline/article_jsonl.h"
#include "timeline/default_tagger.h"
#include "timeline/timeline_builder.h"
#include "timeline/timeline_output.h"

namespace storyline::cli {
namespace {

struct TimelineArgs {
  std::string story;
  std::string articles;
  std::string keywords;
  std::string format = "json";
  std::string out;
  TimelineOptions options;
};

int Fail(int code, const std::string& message) {
  std::fprintf(stderr, "storyline timeline: %s\n", message.c_str());
  return code;
}

int Run(const TimelineArgs& args) {
  auto fs = NewDiskFileSystem();
  Result<std::string> content = fs->ReadFile(args.articles);
  if (!content.ok()) return Fail(kExitFatal, content.status().ToString());
  auto articles = ParseArticlesJsonl(*content, args.articles);
  if (!articles.ok()) return Fail(kExitFatal, articles.status().ToString());
  TimelineOptions options = args.options;
  if (!args.keywords.empty()) {
    Result<std::string> kw = fs->ReadFile(args.keywords);
    if (!kw.ok()) return Fail(kExitFatal, kw.status().ToString());
    auto words = ParseKeywordsJson(*kw, args.keywords);
    if (!words.ok()) return Fail(kExitFatal, words.status().ToString());
    options.query_terms = std::move(words).value();
  }
  std::vector<TimelineDate> timeline = BuildTimelineDates(*articles, DefaultDateTagger(), options);
  std::string text = args.format == "t17" ? TimelineToT17(timeline) : TimelineToJson(timeline);
  if (args.out.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
  }
  Status written = fs->WriteFile(args.out, text);
  return written.ok() ? kExitOk : Fail(kExitFatal, written.ToString());
}

}  // namespace

int RunTimeline(int argc, char** argv) {
  CLI::App app{"Build a dated timeline for a story or a set of articles"};
  app.name("storyline timeline");
  TimelineArgs args;
  app.add_option("STORY", args.story, "story id in the store (wired by the pipeline)");
  app.add_option("--articles", args.articles, "JSON Lines input: {id, time, text} per line")
      ->check(CLI::ExistingFile);
  app.add_option("--dates", args.options.max_dates, "days in the timeline at most")
      ->capture_default_str()->check(CLI::PositiveNumber);
  app.add_option("--sentences", args.options.sentences_per_date, "sentences per day at most")
      ->capture_default_str()->check(CLI::PositiveNumber);
  app.add_option("--format", args.format, "output format")
      ->capture_default_str()->check(CLI::IsMember({"json", "t17"}));
  app.add_option("--keywords", args.keywords, "JSON list of query words; chosen sentences contain one")
      ->check(CLI::ExistingFile);
  app.add_option("--start", args.options.start, "ignore articles and days before this ISO day");
  app.add_option("--end", args.options.end, "ignore articles and days after this ISO day");
  app.add_option("--out", args.out, "write here instead of standard output");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  if (!args.story.empty()) {
    return Fail(kExitUsage, "the STORY form reads the store and is wired by the pipeline; "
                            "use --articles FILE.jsonl");
  }
  if (args.articles.empty()) {
    std::fprintf(stderr, "%s", app.help().c_str());
    return Fail(kExitUsage, "give --articles FILE.jsonl (or a STORY once the store is wired)");
  }
  return Run(args);
}

}  // namespace storyline::cli
