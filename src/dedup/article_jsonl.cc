#include "dedup/article_jsonl.h"

#include <simdjson.h>

#include <fstream>
#include <sstream>
#include <utility>

#include "common/hash.h"
#include "text/normalize.h"

namespace storyline::dedup {
namespace {

// The first of `keys` present as a string (or a number, for ids), else "".
std::string Field(simdjson::dom::object obj, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    simdjson::dom::element value;
    if (obj[key].get(value) != simdjson::SUCCESS) continue;
    std::string_view s;
    if (value.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
    int64_t n;
    if (value.get_int64().get(n) == simdjson::SUCCESS) return std::to_string(n);
  }
  return "";
}

// Parses one line; returns "" on success, else what was wrong.
std::string ParseLine(simdjson::dom::parser& parser, std::string_view line, Article* out) {
  simdjson::dom::object obj;
  auto error = parser.parse(line.data(), line.size(), true).get(obj);
  if (error) return std::string("not a JSON object: ") + simdjson::error_message(error);
  std::string id = Field(obj, {"id"});
  if (id.empty()) return "missing field \"id\"";
  std::string_view text;
  if (obj["text"].get_string().get(text) != simdjson::SUCCESS) return "missing string field \"text\"";
  *out = MakeArticle(std::move(id), std::string(text), Field(obj, {"published", "time", "date"}),
                     Field(obj, {"outlet", "source_dir", "source"}));
  return "";
}

}  // namespace

Article MakeArticle(std::string id, std::string text, std::string published, std::string outlet) {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.content_hash = Hash64(NormalizeForHash(a.text));
  if (published.size() >= 10 && published[4] == '-' && published[7] == '-') {
    a.published.value = published.substr(0, 10);
    a.published.source = DateSource::kMetadata;
    a.published.confidence = 1.0;
  }
  a.outlet = std::move(outlet);
  return a;
}

JsonlArticles ParseArticlesJsonl(std::string_view content, const std::string& name) {
  JsonlArticles result;
  simdjson::dom::parser parser;
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Article article;
    std::string problem = ParseLine(parser, line, &article);
    if (!problem.empty()) {
      result.errors.push_back(name + ":" + std::to_string(line_no) + ": " + problem);
      continue;
    }
    result.articles.push_back(std::move(article));
  }
  return result;
}

Result<JsonlArticles> ReadArticlesJsonl(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseArticlesJsonl(buffer.str(), path);
}

}  // namespace storyline::dedup
