#include "store/export.h"

#include <algorithm>
#include <map>

#include "store/codec.h"

namespace storyline {

using nlohmann::json;

namespace {

json NullIfEmpty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

Result<std::vector<StoredArticle>> LoadAllArticles(Store* store) {
  std::vector<StoredArticle> out;
  Status s = store->ForEachArticle([&](const StoredArticle& a) {
    out.push_back(a);
    return true;
  });
  if (!s.ok()) return s;
  return out;
}

std::vector<DuplicateGroup> GroupDuplicates(const std::vector<StoredArticle>& articles) {
  std::map<std::string, DuplicateGroup> groups;
  std::map<std::string, std::string> published;
  for (const auto& s : articles) published[s.article.id] = s.article.published.value;
  for (const auto& s : articles) {
    if (s.duplicate.kind == DuplicateKind::kNone) continue;
    DuplicateGroup& g = groups[s.duplicate.original];
    g.original = s.duplicate.original;
    g.copies.push_back(s.duplicate);
  }
  std::vector<DuplicateGroup> out;
  for (auto& [id, g] : groups) {
    std::stable_sort(g.copies.begin(), g.copies.end(), [&](const DuplicateLink& a, const DuplicateLink& b) {
      return published[a.article] < published[b.article];
    });
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<QuoteGroup> GroupQuotes(const std::vector<StoredArticle>& articles) {
  std::map<std::string, QuoteGroup> groups;
  std::vector<std::string> order;
  for (const auto& s : articles) {
    for (const Quote& q : s.quotes) {
      std::string id = q.id.empty() ? s.article.id + ":" + std::to_string(q.span.begin) : q.id;
      auto [it, fresh] = groups.try_emplace(id);
      if (fresh) {
        order.push_back(id);
        it->second = {id, q.text, q.speaker, q.speaker_entity, {}};
      }
      it->second.reports.push_back(q);
    }
  }
  std::vector<QuoteGroup> out;
  for (const auto& id : order) out.push_back(std::move(groups[id]));
  return out;
}

json ArticleToJson(const StoredArticle& s, bool include_text) {
  const Article& a = s.article;
  bool copy = s.duplicate.kind != DuplicateKind::kNone;
  json j = {{"id", a.id},
            {"outlet", NullIfEmpty(a.outlet)},
            {"published", NullIfEmpty(a.published.value)},
            {"published_source", DateSourceName(a.published.source)},
            {"title", NullIfEmpty(a.title)},
            {"url", NullIfEmpty(a.url)},
            {"language", NullIfEmpty(a.language)},
            {"dateline", NullIfEmpty(a.dateline)},
            {"event", NullIfEmpty(s.event)},
            {"story", NullIfEmpty(s.story)},
            {"duplicate_of", copy ? json(s.duplicate.original) : json(nullptr)},
            {"duplicate_kind", copy ? json(DuplicateKindName(s.duplicate.kind)) : json(nullptr)},
            {"similarity", copy ? json(s.duplicate.similarity) : json(nullptr)},
            {"derived_from", a.credits}};
  if (include_text) j["text"] = a.text;
  return j;
}

json QuoteGroupToJson(const QuoteGroup& q) {
  json reports = json::array();
  std::vector<std::string> articles;
  for (const Quote& r : q.reports) {
    json report = {{"article", r.article}, {"span", SpanToJson(r.span)}, {"text", r.text}, {"cue", r.cue}};
    if (!r.parts.empty()) report["parts"] = SpansToJson(r.parts);
    reports.push_back(std::move(report));
    articles.push_back(r.article);
  }
  return {{"id", q.id}, {"text", q.text}, {"speaker", q.speaker},
          {"speaker_entity", NullIfEmpty(q.speaker_entity)}, {"articles", articles}, {"reports", reports}};
}

Result<json> ExportDocument(Store* store, const ExportOptions& options) {
  auto articles = LoadAllArticles(store);
  if (!articles.ok()) return articles.status();
  auto events = store->Events();
  if (!events.ok()) return events.status();
  auto stories = store->Stories();
  if (!stories.ok()) return stories.status();
  auto entities = store->Entities();
  if (!entities.ok()) return entities.status();

  json doc = {{"articles", json::array()}, {"events", json::array()}, {"stories", json::array()},
              {"entities", json::array()}, {"quotes", json::array()}, {"dates", json::array()}};
  for (const auto& s : *articles) {
    if (!options.include_duplicates && s.duplicate.kind != DuplicateKind::kNone) continue;
    doc["articles"].push_back(ArticleToJson(s, options.include_text));
    for (const DateMention& d : s.dates) {
      json dj = DateMentionToJson(d);
      dj["article"] = s.article.id;
      doc["dates"].push_back(std::move(dj));
    }
  }
  for (const Event& e : *events) {
    auto summary = store->GetEventSummary(e.id);
    if (!summary.ok()) return summary.status();
    doc["events"].push_back({{"id", e.id}, {"story", e.story}, {"date", NullIfEmpty(e.date)},
                             {"date_end", NullIfEmpty(e.date_end)}, {"title", e.title},
                             {"articles", e.articles},
                             {"summary", summary->has_value() ? SummaryToJson(**summary)["sentences"] : json::array()}});
  }
  for (const Story& s : *stories) {
    doc["stories"].push_back({{"id", s.id}, {"title", s.title}, {"first_date", NullIfEmpty(s.first_date)},
                              {"last_date", NullIfEmpty(s.last_date)}, {"events", s.events},
                              {"timeline", TimelineToJson(s.timeline)}});
  }
  for (const Entity& e : *entities) doc["entities"].push_back(EntityToJson(e));
  for (const QuoteGroup& q : GroupQuotes(*articles)) doc["quotes"].push_back(QuoteGroupToJson(q));
  return doc;
}

}  // namespace storyline
