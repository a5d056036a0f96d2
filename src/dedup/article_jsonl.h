// Reads articles from JSON Lines for the evaluation command and the corpus
// generator: one object a line, {"id", "text", "time"? or "published"?,
// "outlet"? or "source_dir"?}. This is a minimal reader for evaluation
// corpora, not the ingest stage: an Article gets id, text (as given),
// content_hash = Hash64(NormalizeForHash(text)), published (ISO date prefix)
// and outlet.
#ifndef STORYLINE_DEDUP_ARTICLE_JSONL_H_
#define STORYLINE_DEDUP_ARTICLE_JSONL_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/article.h"
#include "storyline/status.h"

namespace storyline::dedup {

struct JsonlArticles {
  std::vector<Article> articles;
  std::vector<std::string> errors;  // "file:line: what" for each skipped line
};

// Parses `content` (the text of `name`); a malformed line is reported and skipped.
JsonlArticles ParseArticlesJsonl(std::string_view content, const std::string& name);

// Reads and parses a file; fails only when the file cannot be read.
Result<JsonlArticles> ReadArticlesJsonl(const std::string& path);

// An Article with the fields the dedup stage uses.
Article MakeArticle(std::string id, std::string text, std::string published, std::string outlet);

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_ARTICLE_JSONL_H_
