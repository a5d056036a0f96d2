// The export contract (docs/export.md): one JSON document with articles,
// events, stories, entities, quotes and dates, built from the store. The CLI's
// `export`, `duplicates` and the HTTP API all read through these functions, so
// field names are defined once.
#ifndef STORYLINE_STORE_EXPORT_H_
#define STORYLINE_STORE_EXPORT_H_

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "store/store.h"

namespace storyline {

struct ExportOptions {
  // Include articles that copy another (they are always stored; they count once in groups).
  bool include_duplicates = true;
  // Include each article's clean text.
  bool include_text = false;
};

// One duplicate group: the first publisher and its copies in publication order.
struct DuplicateGroup {
  std::string original;
  std::vector<DuplicateLink> copies;
};

// A quotation with every article that reports it.
struct QuoteGroup {
  std::string id;
  std::string text;
  std::string speaker;
  std::string speaker_entity;
  std::vector<Quote> reports;  // one per article (with spans)
};

Result<std::vector<StoredArticle>> LoadAllArticles(Store* store);
std::vector<DuplicateGroup> GroupDuplicates(const std::vector<StoredArticle>& articles);
std::vector<QuoteGroup> GroupQuotes(const std::vector<StoredArticle>& articles);

nlohmann::json ArticleToJson(const StoredArticle& s, bool include_text);
nlohmann::json QuoteGroupToJson(const QuoteGroup& q);

// The whole export document.
Result<nlohmann::json> ExportDocument(Store* store, const ExportOptions& options);

}  // namespace storyline

#endif  // STORYLINE_STORE_EXPORT_H_
