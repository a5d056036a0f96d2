// Names of the enums in storyline/article.h and storyline/model.h, as they
// appear in exports and on the command line.
#include "storyline/article.h"
#include "storyline/model.h"

namespace storyline {

const char* DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kNone: return "none";
    case DateSource::kMetadata: return "metadata";
    case DateSource::kMetadataLine: return "metadata-line";
    case DateSource::kDateline: return "dateline";
    case DateSource::kTextLine: return "text";
    case DateSource::kUrl: return "url";
    case DateSource::kEvent: return "event";
  }
  return "none";
}

const char* DuplicateKindName(DuplicateKind kind) {
  switch (kind) {
    case DuplicateKind::kNone: return "none";
    case DuplicateKind::kExact: return "exact";
    case DuplicateKind::kNear: return "near";
    case DuplicateKind::kContained: return "contained";
  }
  return "none";
}

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PER";
    case EntityType::kOrganization: return "ORG";
    case EntityType::kPlace: return "LOC";
    case EntityType::kOther: return "MISC";
  }
  return "MISC";
}

const char* DateGranularityName(DateGranularity g) {
  switch (g) {
    case DateGranularity::kDay: return "day";
    case DateGranularity::kWeek: return "week";
    case DateGranularity::kMonth: return "month";
    case DateGranularity::kSeason: return "season";
    case DateGranularity::kQuarter: return "quarter";
    case DateGranularity::kYear: return "year";
    case DateGranularity::kDecade: return "decade";
    case DateGranularity::kRange: return "range";
    case DateGranularity::kUnknown: return "unknown";
  }
  return "unknown";
}

uint32_t Article::ToRawOffset(uint32_t text_offset) const {
  // Paragraphs are few (tens); a linear scan from the back is simplest.
  for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
    if (text_offset >= it->text.begin) {
      uint32_t delta = text_offset - it->text.begin;
      if (delta > it->text.size()) delta = it->text.size();
      return it->raw_begin + delta;
    }
  }
  return text_offset;
}

}  // namespace storyline
