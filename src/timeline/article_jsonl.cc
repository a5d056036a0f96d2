#include "timeline/article_jsonl.h"

#include <nlohmann/json.hpp>

namespace storyline {
namespace {

using Json = nlohmann::json;

std::string StringField(const Json& obj, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    auto it = obj.find(key);
    if (it == obj.end()) continue;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number()) return it->dump();
  }
  return "";
}

Result<TimelineInput> ParseArticle(std::string_view line, const std::string& where) {
  Json obj = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded() || !obj.is_object()) return Status::InvalidInput(where + ": not a JSON object");
  auto text = obj.find("text");
  if (text == obj.end() || !text->is_string()) {
    return Status::InvalidInput(where + ": missing string field \"text\"");
  }
  TimelineInput article;
  article.id = StringField(obj, {"id"});
  article.published = StringField(obj, {"time", "published", "date"});
  article.text = text->get<std::string>();
  return article;
}

}  // namespace

Status ForEachJsonLine(std::string_view content,
                       const std::function<Status(std::string_view, size_t)>& fn) {
  size_t line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    STORYLINE_RETURN_IF_ERROR(fn(line, line_no));
  }
  return Status::Ok();
}

Result<std::vector<TimelineInput>> ParseArticlesJsonl(std::string_view content,
                                                      const std::string& name) {
  std::vector<TimelineInput> articles;
  Status st = ForEachJsonLine(content, [&](std::string_view line, size_t line_no) {
    Result<TimelineInput> article = ParseArticle(line, name + ":" + std::to_string(line_no));
    if (!article.ok()) return article.status();
    if (article->id.empty()) article->id = std::to_string(line_no);
    articles.push_back(std::move(article).value());
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return articles;
}

Result<std::vector<std::string>> ParseKeywordsJson(std::string_view content,
                                                   const std::string& name) {
  Json list = Json::parse(content, nullptr, /*allow_exceptions=*/false);
  if (list.is_discarded() || !list.is_array()) {
    return Status::InvalidInput(name + ": expected a JSON list of words");
  }
  std::vector<std::string> words;
  for (const Json& w : list) {
    if (!w.is_string()) return Status::InvalidInput(name + ": a keyword is not a string");
    words.push_back(w.get<std::string>());
  }
  return words;
}

}  // namespace storyline
