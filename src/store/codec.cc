#include "store/codec.h"

namespace storyline {

using nlohmann::json;

json SpanToJson(const Span& s) { return json::array({s.begin, s.end}); }
Span SpanFromJson(const json& j) { return {j.at(0).get<uint32_t>(), j.at(1).get<uint32_t>()}; }

json MentionToJson(const Mention& m) {
  return {{"span", SpanToJson(m.span)}, {"text", m.text}, {"type", EntityTypeName(m.type)},
          {"title", m.title}, {"entity", m.entity}};
}
Mention MentionFromJson(const json& j) {
  Mention m;
  m.span = SpanFromJson(j.at("span"));
  m.text = j.value("text", "");
  m.type = EntityTypeFromName(j.value("type", "MISC"));
  m.title = j.value("title", "");
  m.entity = j.value("entity", "");
  return m;
}

json DateMentionToJson(const DateMention& d) {
  return {{"span", SpanToJson(d.span)}, {"text", d.text}, {"type", d.type}, {"value", d.value},
          {"value_end", d.value_end}, {"granularity", DateGranularityName(d.granularity)},
          {"resolved", d.resolved}};
}
DateMention DateMentionFromJson(const json& j) {
  DateMention d;
  d.span = SpanFromJson(j.at("span"));
  d.text = j.value("text", "");
  d.type = j.value("type", "DATE");
  d.value = j.value("value", "");
  d.value_end = j.value("value_end", "");
  d.granularity = DateGranularityFromName(j.value("granularity", "unknown"));
  d.resolved = j.value("resolved", false);
  return d;
}

json SpansToJson(const std::vector<Span>& spans) {
  json out = json::array();
  for (const Span& s : spans) out.push_back(SpanToJson(s));
  return out;
}

json QuoteToJson(const Quote& q) {
  json j = {{"id", q.id}, {"span", SpanToJson(q.span)}, {"text", q.text}, {"speaker", q.speaker},
            {"speaker_entity", q.speaker_entity}, {"cue", q.cue}};
  if (!q.parts.empty()) j["parts"] = SpansToJson(q.parts);  // only split quotations carry parts
  return j;
}
Quote QuoteFromJson(const json& j) {
  Quote q;
  q.id = j.value("id", "");
  q.span = SpanFromJson(j.at("span"));
  q.text = j.value("text", "");
  q.speaker = j.value("speaker", "");
  q.speaker_entity = j.value("speaker_entity", "");
  q.cue = j.value("cue", "");
  if (j.contains("parts")) {
    for (const json& p : j.at("parts")) q.parts.push_back(SpanFromJson(p));
  }
  return q;
}

json PassagesToJson(const std::vector<SharedPassage>& passages) {
  json out = json::array();
  for (const auto& p : passages) {
    out.push_back({{"in_article", SpanToJson(p.in_article)}, {"in_original", SpanToJson(p.in_original)}});
  }
  return out;
}
std::vector<SharedPassage> PassagesFromJson(const json& j) {
  std::vector<SharedPassage> out;
  for (const auto& p : j) out.push_back({SpanFromJson(p.at("in_article")), SpanFromJson(p.at("in_original"))});
  return out;
}

json TimelineToJson(const std::vector<TimelineEntry>& entries) {
  json out = json::array();
  for (const auto& e : entries) {
    out.push_back({{"date", e.date}, {"date_end", e.date_end}, {"text", e.text}, {"articles", e.articles}});
  }
  return out;
}
std::vector<TimelineEntry> TimelineFromJson(const json& j) {
  std::vector<TimelineEntry> out;
  for (const auto& e : j) {
    out.push_back({e.value("date", ""), e.value("date_end", ""), e.value("text", ""),
                   e.value("articles", std::vector<std::string>{})});
  }
  return out;
}

json SummaryToJson(const EventSummary& s) {
  json sentences = json::array();
  for (const auto& x : s.sentences) {
    sentences.push_back({{"article", x.article}, {"span", SpanToJson(x.span)}, {"text", x.text},
                         {"sources", x.sources}});
  }
  return {{"event", s.event}, {"sentences", sentences}};
}
EventSummary SummaryFromJson(const json& j) {
  EventSummary s;
  s.event = j.value("event", "");
  for (const auto& x : j.value("sentences", json::array())) {
    s.sentences.push_back({x.value("article", ""), SpanFromJson(x.at("span")), x.value("text", ""),
                           x.value("sources", std::vector<std::string>{})});
  }
  return s;
}

json EntityToJson(const Entity& e) {
  return {{"id", e.id}, {"name", e.name}, {"type", EntityTypeName(e.type)}, {"variants", e.variants},
          {"titles", e.titles}, {"articles", e.articles}};
}

DuplicateKind DuplicateKindFromName(const std::string& n) {
  for (auto k : {DuplicateKind::kExact, DuplicateKind::kNear, DuplicateKind::kContained}) {
    if (n == DuplicateKindName(k)) return k;
  }
  return DuplicateKind::kNone;
}
EntityType EntityTypeFromName(const std::string& n) {
  for (auto t : {EntityType::kPerson, EntityType::kOrganization, EntityType::kPlace}) {
    if (n == EntityTypeName(t)) return t;
  }
  return EntityType::kOther;
}
DateGranularity DateGranularityFromName(const std::string& n) {
  for (int g = 0; g <= static_cast<int>(DateGranularity::kUnknown); ++g) {
    if (n == DateGranularityName(static_cast<DateGranularity>(g))) return static_cast<DateGranularity>(g);
  }
  return DateGranularity::kUnknown;
}
DateSource DateSourceFromName(const std::string& n) {
  for (int s = 0; s <= static_cast<int>(DateSource::kEvent); ++s) {
    if (n == DateSourceName(static_cast<DateSource>(s))) return static_cast<DateSource>(s);
  }
  return DateSource::kNone;
}

}  // namespace storyline
