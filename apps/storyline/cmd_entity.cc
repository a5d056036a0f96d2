// storyline entity ID|NAME : one entity with its variants, articles, events, stories and quotations.
#include <fmt/core.h>

#include <set>

#include "cli_common.h"
#include "commands.h"
#include "common/utf8.h"
#include "store/export.h"
#include "text/normalize.h"

namespace storyline::cli {

int RunEntity(int argc, char** argv) {
  CLI::App app{"Show one entity (by id, or by any of its spellings): canonical name, type, variants, titles, "
               "articles, events, stories and the quotations it is the speaker of. Without an argument, list entities.",
               "storyline entity"};
  std::string db = kDefaultDb, key;
  AddDbOption(&app, &db);
  app.add_option("entity", key, "entity id or name");
  if (int rc = ParseArgs(&app, argc, argv); rc >= 0) return rc;
  auto store = OpenStoreForReading(db);
  if (!store) return kExitFatal;
  auto fail = [](const Status& status) {
    fmt::print(stderr, "storyline entity: {}\n", status.ToString());
    return kExitFatal;
  };
  if (key.empty()) {
    auto entities = store->Entities();
    if (!entities.ok()) return fail(entities.status());
    for (const Entity& e : *entities) {
      fmt::print("{:<6} {:<4} {:>3} articles  {}\n", e.id, EntityTypeName(e.type), e.articles.size(), e.name);
    }
    return kExitOk;
  }
  // By id, one read; by name, a scan of every entity's spellings.
  auto by_id = store->GetEntity(key);
  if (!by_id.ok()) return fail(by_id.status());
  std::vector<Entity> entities;
  if (by_id->has_value()) {
    entities.push_back(std::move(**by_id));
  } else {
    auto all = store->Entities();
    if (!all.ok()) return fail(all.status());
    entities = std::move(*all);
  }
  const Entity* found = nullptr;
  std::string folded = Fold(key);
  for (const Entity& e : entities) {
    if (e.id == key) found = &e;
    for (const std::string& v : e.variants) {
      if (!found && Fold(v) == folded) found = &e;
    }
  }
  if (!found) {
    fmt::print(stderr, "storyline entity: no entity '{}'\n", key);
    return kExitUsage;
  }
  fmt::print("{}  {} ({})\n", found->id, found->name, EntityTypeName(found->type));
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : " | ") + x;
    return s;
  };
  fmt::print("  variants: {}\n", join(found->variants));
  if (!found->titles.empty()) fmt::print("  titles:   {}\n", join(found->titles));
  std::set<std::string> events, stories;
  for (const std::string& id : found->articles) {
    auto got = store->GetArticle(id);
    if (!got.ok() || !got->has_value()) continue;
    const StoredArticle& s = **got;
    events.insert(s.event);
    if (!s.story.empty()) stories.insert(s.story);
    fmt::print("  article {:<24} {:<10} {}\n", id, s.article.published.value, s.article.title);
    for (const Quote& q : s.quotes) {
      if (q.speaker_entity == found->id) fmt::print("      said: \"{}\"\n", Utf8Prefix(q.text, 100));
    }
  }
  auto comma_list = [](const std::set<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
  };
  fmt::print("  events:   {}\n", comma_list(events));
  fmt::print("  stories:  {}\n", comma_list(stories));
  return kExitOk;
}

}  // namespace storyline::cli
