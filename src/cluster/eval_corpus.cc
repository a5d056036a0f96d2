#include "cluster/eval_corpus.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cluster/days.h"
#include "cluster/event_clusterer.h"

namespace storyline {
namespace {

std::string UrlHost(const std::string& url) {
  size_t start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  size_t end = url.find('/', start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<ArticleFeatures> ParseArticle(const std::string& line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidInput("not a JSON object");
  ArticleFeatures a;
  a.id = StringField(j, "id");
  if (a.id.empty()) return Status::InvalidInput("missing field \"id\"");
  a.text = StringField(j, "text");
  a.title = StringField(j, "title");
  a.day = DayFromIso(StringField(j, "time"));
  a.outlet = StringField(j, "outlet");
  if (a.outlet.empty()) a.outlet = StringField(j, "source_dir");
  if (a.outlet.empty()) a.outlet = UrlHost(StringField(j, "url"));
  return a;
}

}  // namespace

Result<std::vector<ArticleFeatures>> ReadArticlesJsonl(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot open " + path);
  std::vector<ArticleFeatures> out;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Result<ArticleFeatures> a = ParseArticle(line);
    if (!a.ok()) return a.status().WithContext(path + ":" + std::to_string(n));
    out.push_back(std::move(a).value());
  }
  return out;
}

void SortByDay(std::vector<ArticleFeatures>* articles) {
  std::stable_sort(articles->begin(), articles->end(), [](const auto& a, const auto& b) {
    if ((a.day < 0) != (b.day < 0)) return b.day < 0;
    return a.day < b.day;
  });
}

Result<ClusterMap> ReadClusterTsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot open " + path);
  ClusterMap out;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size())
      return Status::InvalidInput(path + ":" + std::to_string(n) + ": expected id<TAB>cluster");
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

ClusterRun RunClusterer(const std::vector<ArticleFeatures>& articles,
                        const std::vector<ChannelTerms>& terms, const ClusterOptions& options,
                        size_t repair_every, const std::vector<ChannelTerms>* background) {
  ClusterRun run;
  EventClusterer clusterer(options);
  if (background != nullptr)
    for (const ChannelTerms& t : *background) clusterer.LearnTerms(t);
  auto start = std::chrono::steady_clock::now();
  for (size_t i = 0; i < articles.size(); ++i) {
    clusterer.AddWithTerms(articles[i], terms[i]);
    if (repair_every > 0 && (i + 1) % repair_every == 0) clusterer.Repair();
  }
  if (repair_every > 0) clusterer.Repair();
  run.assign_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.memory_bytes = clusterer.MemoryBytes();
  for (const Event& e : clusterer.Events()) {
    for (const std::string& id : e.articles) {
      run.events[id] = e.id;
      run.stories[id] = e.story;
    }
  }
  return run;
}

std::string EcbTopic(const std::string& id) { return id.substr(0, id.find('_')); }

}  // namespace storyline
