// storyline duplicates : duplicate groups with their first publisher.
#include <fmt/core.h>

#include <map>

#include "cli_common.h"
#include "commands.h"
#include "store/export.h"

namespace storyline::cli {

int RunDuplicates(int argc, char** argv) {
  CLI::App app{"List duplicate groups: the first publisher, then each copy in publication order with its kind "
               "(exact, near, contained), similarity and number of shared passages.",
               "storyline duplicates"};
  std::string db = kDefaultDb;
  bool json_out = false;
  AddDbOption(&app, &db);
  app.add_flag("--json", json_out, "print the groups as JSON");
  if (int rc = ParseArgs(&app, argc, argv); rc >= 0) return rc;
  auto store = OpenStoreForReading(db);
  if (!store) return kExitFatal;
  auto articles = LoadAllArticles(store.get());
  if (!articles.ok()) {
    fmt::print(stderr, "storyline duplicates: {}\n", articles.status().ToString());
    return kExitFatal;
  }
  std::map<std::string, const StoredArticle*> by_id;
  for (const auto& s : *articles) by_id[s.article.id] = &s;
  auto describe = [&](const std::string& id) {
    auto it = by_id.find(id);
    if (it == by_id.end()) return id;
    const Article& a = it->second->article;
    return fmt::format("{} ({}, {})", id, a.outlet.empty() ? "outlet unknown" : a.outlet,
                       a.published.known() ? a.published.value : "undated");
  };
  auto groups = GroupDuplicates(*articles);
  nlohmann::json out = nlohmann::json::array();
  for (const DuplicateGroup& g : groups) {
    nlohmann::json copies = nlohmann::json::array();
    if (!json_out) fmt::print("first: {}\n", describe(g.original));
    for (const DuplicateLink& c : g.copies) {
      if (!json_out) {
        fmt::print("  {:<9} {:.2f}  {} passages  {}\n", DuplicateKindName(c.kind), c.similarity, c.passages.size(),
                   describe(c.article));
      }
      copies.push_back({{"article", c.article}, {"kind", DuplicateKindName(c.kind)},
                        {"similarity", c.similarity}, {"passages", c.passages.size()}});
    }
    out.push_back({{"original", g.original}, {"copies", copies}});
  }
  if (json_out) fmt::print("{}\n", out.dump(2));
  else if (groups.empty()) fmt::print("no duplicates among {} articles\n", articles->size());
  return kExitOk;
}

}  // namespace storyline::cli
