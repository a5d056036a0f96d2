// JSON codecs for the structured columns of the store and for exports: one
// place that says how each model type is written, so the store, the export and
// the HTTP API agree on field names.
#ifndef STORYLINE_STORE_CODEC_H_
#define STORYLINE_STORE_CODEC_H_

#include <nlohmann/json.hpp>

#include "storyline/article.h"
#include "storyline/model.h"

namespace storyline {

nlohmann::json SpanToJson(const Span& span);
nlohmann::json SpansToJson(const std::vector<Span>& spans);  // an array of SpanToJson
Span SpanFromJson(const nlohmann::json& j);

nlohmann::json MentionToJson(const Mention& m);
Mention MentionFromJson(const nlohmann::json& j);
nlohmann::json DateMentionToJson(const DateMention& d);
DateMention DateMentionFromJson(const nlohmann::json& j);
nlohmann::json QuoteToJson(const Quote& q);
Quote QuoteFromJson(const nlohmann::json& j);
nlohmann::json PassagesToJson(const std::vector<SharedPassage>& passages);
std::vector<SharedPassage> PassagesFromJson(const nlohmann::json& j);
nlohmann::json TimelineToJson(const std::vector<TimelineEntry>& entries);
std::vector<TimelineEntry> TimelineFromJson(const nlohmann::json& j);
nlohmann::json SummaryToJson(const EventSummary& summary);
EventSummary SummaryFromJson(const nlohmann::json& j);
nlohmann::json EntityToJson(const Entity& e);

DuplicateKind DuplicateKindFromName(const std::string& name);
EntityType EntityTypeFromName(const std::string& name);
DateGranularity DateGranularityFromName(const std::string& name);
DateSource DateSourceFromName(const std::string& name);

}  // namespace storyline

#endif  // STORYLINE_STORE_CODEC_H_
