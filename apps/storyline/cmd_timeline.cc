// storyline timeline: a dated timeline for a set of articles.
//
//   storyline timeline --articles FILE.jsonl [--dates N] [--sentences M]
//                      [--format json|t17] [--keywords FILE.json]
//                      [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--out FILE]
//
//   storyline timeline STORY [--db PATH] [same options]
//
// The STORY form builds the timeline of a stored story from its articles
// (copies of another article count once).
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "cli_common.h"
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
  std::string db = kDefaultDb;
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

// The original articles of a stored story.
Result<std::vector<TimelineInput>> StoryArticles(const std::string& db, const std::string& story) {
  std::unique_ptr<Store> store = OpenStoreForReading(db);
  if (!store) return Status::IoError(db + ": cannot open the store");
  auto events = store->EventsOfStory(story);
  if (!events.ok()) return events.status();
  std::vector<TimelineInput> out;
  bool found = !events->empty();
  for (const Event& e : *events) {
    for (const std::string& id : e.articles) {
      auto got = store->GetArticle(id);
      if (!got.ok()) return got.status();
      if (!got->has_value() || (**got).duplicate.kind != DuplicateKind::kNone) continue;
      const Article& a = (**got).article;
      out.push_back({a.id, a.published.value, a.text, a.sentences});
    }
  }
  if (!found) return Status::NotFound("no story '" + story + "' in " + db);
  return out;
}

int Run(const TimelineArgs& args) {
  auto fs = NewDiskFileSystem();
  Result<std::vector<TimelineInput>> articles = Status::Internal("unread");
  if (!args.story.empty()) {
    articles = StoryArticles(args.db, args.story);
  } else {
    Result<std::string> content = fs->ReadFile(args.articles);
    if (!content.ok()) return Fail(kExitFatal, content.status().ToString());
    articles = ParseArticlesJsonl(*content, args.articles);
  }
  if (!articles.ok()) {
    return Fail(articles.status().code() == Status::Code::kNotFound ? kExitUsage : kExitFatal,
                articles.status().ToString());
  }
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
  app.add_option("STORY", args.story, "story id in the store (see `storyline stories`)");
  app.add_option("--db", args.db, "the store, for the STORY form")->capture_default_str();
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
  if (args.articles.empty() == args.story.empty()) {
    std::fprintf(stderr, "%s", app.help().c_str());
    return Fail(kExitUsage, "give a STORY or --articles FILE.jsonl (one of them)");
  }
  return Run(args);
}

}  // namespace storyline::cli
