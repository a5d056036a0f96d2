// storyline stories | story ID | article ID : reading the store in the terminal.
#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "cli_common.h"
#include "commands.h"
#include "common/utf8.h"
#include "store/export.h"

namespace storyline::cli {
namespace {

std::string OrUnknown(const std::string& s, const char* unknown = "date unknown") {
  return s.empty() ? unknown : s;
}

std::string DateRange(const std::string& a, const std::string& b) {
  if (b.empty() || a == b) return OrUnknown(a);
  return a + " .. " + b;
}

std::string Join(const std::vector<std::string>& items, const char* sep = ", ") {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

// Adds --offset and --limit (0 = all) for a listing, latest first.
void AddPageOptions(CLI::App* app, size_t* offset, size_t* limit) {
  app->add_option("--offset", *offset, "skip this many stories first")->capture_default_str();
  app->add_option("--limit", *limit, "list at most this many stories (0 = all)")->capture_default_str();
}

size_t AllIfZero(size_t limit) { return limit == 0 ? SIZE_MAX : limit; }

int RunStories(int argc, char** argv) {
  CLI::App app{"List the stories in the store, most recent first.", "storyline stories"};
  std::string db = kDefaultDb;
  size_t offset = 0, limit = 0;
  AddDbOption(&app, &db);
  AddPageOptions(&app, &offset, &limit);
  if (int rc = ParseArgs(&app, argc, argv); rc >= 0) return rc;
  auto store = OpenStoreForReading(db);
  if (!store) return kExitFatal;
  auto stories = store->LatestStories(offset, AllIfZero(limit));
  if (!stories.ok()) {
    fmt::print(stderr, "storyline stories: {}\n", stories.status().ToString());
    return kExitFatal;
  }
  for (const Story& s : *stories) {
    auto events = store->EventsOfStory(s.id);
    if (!events.ok()) {
      fmt::print(stderr, "storyline stories: {}\n", events.status().ToString());
      return kExitFatal;
    }
    size_t articles = 0;
    for (const Event& e : *events) articles += e.articles.size();
    fmt::print("{:<6} {:<24} {:>3} events {:>4} articles  {}\n", s.id, DateRange(s.first_date, s.last_date),
               s.events.size(), articles, s.title);
  }
  if (stories->empty() && offset == 0) fmt::print("no stories yet: run `storyline ingest PATH`\n");
  return kExitOk;
}

Status PrintStory(Store* store, const Story& story);

int RunStory(int argc, char** argv) {
  CLI::App app{"Show a story: its dated timeline, then its events and their articles. Without an id, every "
               "story (most recent first; --offset and --limit page through them).", "storyline story"};
  std::string db = kDefaultDb, id;
  size_t offset = 0, limit = 0;
  AddDbOption(&app, &db);
  app.add_option("id", id, "story id (see `storyline stories`)");
  AddPageOptions(&app, &offset, &limit);
  if (int rc = ParseArgs(&app, argc, argv); rc >= 0) return rc;
  auto store = OpenStoreForReading(db);
  if (!store) return kExitFatal;
  auto fail = [](const Status& status) {
    fmt::print(stderr, "storyline story: {}\n", status.ToString());
    return kExitFatal;
  };
  if (id.empty()) {
    auto stories = store->LatestStories(offset, AllIfZero(limit));
    if (!stories.ok()) return fail(stories.status());
    for (const Story& s : *stories) {
      if (Status status = PrintStory(store.get(), s); !status.ok()) return fail(status);
      fmt::print("\n");
    }
    if (stories->empty() && offset == 0) fmt::print("no stories yet: run `storyline ingest PATH`\n");
    return kExitOk;
  }
  auto story = store->GetStory(id);
  if (!story.ok()) return fail(story.status());
  if (!story->has_value()) {
    fmt::print(stderr, "storyline story: no story '{}' (see `storyline stories`)\n", id);
    return kExitUsage;
  }
  if (Status status = PrintStory(store.get(), **story); !status.ok()) return fail(status);
  return kExitOk;
}

Status PrintStory(Store* store, const Story& story) {
  fmt::print("{}  {}\n{}\n\nTimeline\n", story.id, story.title, DateRange(story.first_date, story.last_date));
  for (const TimelineEntry& t : story.timeline) {
    fmt::print("  {:<24} {}\n  {:<24} [{}]\n", DateRange(t.date, t.date_end), t.text, "", Join(t.articles));
  }
  auto events = store->EventsOfStory(story.id);
  if (!events.ok()) return events.status();
  std::vector<Event>& mine = *events;  // by date, undated last; a day's events in id order
  std::stable_sort(mine.begin(), mine.end(), [](const Event& a, const Event& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    return a.date < b.date;
  });
  fmt::print("\nEvents\n");
  for (const Event& e : mine) {
    fmt::print("  {:<5} {:<24} {}\n", e.id, DateRange(e.date, e.date_end), e.title);
    for (const std::string& a : e.articles) {
      auto got = store->GetArticle(a);
      if (!got.ok() || !got->has_value()) continue;
      const StoredArticle& s = **got;
      fmt::print("        {:<24} {:<12} {:<20} {}{}\n", s.article.id, OrUnknown(s.article.published.value, "undated"),
                 Utf8Prefix(OrUnknown(s.article.outlet, "outlet unknown"), 20), s.article.title,
                 s.duplicate.kind == DuplicateKind::kNone ? "" : "  (copy of " + s.duplicate.original + ")");
    }
  }
  return Status::Ok();
}

int RunArticle(int argc, char** argv) {
  CLI::App app{"Show one article: metadata, what cleaning removed, entities, dates, quotations, and its clean text.",
               "storyline article"};
  std::string db = kDefaultDb, id;
  bool json_out = false;
  AddDbOption(&app, &db);
  app.add_option("id", id, "article id")->required();
  app.add_flag("--json", json_out, "print the article as JSON (export fields plus text)");
  if (int rc = ParseArgs(&app, argc, argv); rc >= 0) return rc;
  auto store = OpenStoreForReading(db);
  if (!store) return kExitFatal;
  auto got = store->GetArticle(id);
  if (!got.ok() || !got->has_value()) {
    fmt::print(stderr, "storyline article: no article '{}'\n", id);
    return kExitUsage;
  }
  const StoredArticle& s = **got;
  const Article& a = s.article;
  if (json_out) {
    fmt::print("{}\n", ArticleToJson(s, true).dump(2));
    return kExitOk;
  }
  fmt::print("{}\n  title:     {}\n  outlet:    {}\n  published: {} ({})\n  dateline:  {}\n  language:  {}\n",
             a.id, a.title, OrUnknown(a.outlet, "unknown"), OrUnknown(a.published.value, "unknown"),
             DateSourceName(a.published.source), a.dateline, a.language);
  fmt::print("  event:     {}   story: {}\n", s.event, s.story);
  if (!a.credits.empty()) fmt::print("  derived from: {}\n", Join(a.credits));
  if (s.duplicate.kind != DuplicateKind::kNone) {
    fmt::print("  {} copy of {} (similarity {:.2f}, {} shared passages)\n", DuplicateKindName(s.duplicate.kind),
               s.duplicate.original, s.duplicate.similarity, s.duplicate.passages.size());
  }
  for (const RemovedLine& r : a.removed) fmt::print("  removed ({}): {}\n", r.reason, Utf8Prefix(r.raw.In(a.raw), 100));
  for (const Mention& m : s.mentions) fmt::print("  entity {} {} [{}]\n", EntityTypeName(m.type), m.text, m.entity);
  for (const DateMention& d : s.dates) {
    fmt::print("  date \"{}\" -> {}{}\n", d.text, d.resolved ? d.value : "unresolved (" + d.value + ")",
               d.value_end.empty() ? "" : " .. " + d.value_end);
  }
  for (const Quote& q : s.quotes) fmt::print("  quote [{}] {}: \"{}\"\n", q.id, q.speaker, Utf8Prefix(q.text, 90));
  fmt::print("\n{}\n", a.text);
  return kExitOk;
}

}  // namespace storyline::cli
