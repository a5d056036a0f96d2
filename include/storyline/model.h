// The records later stages attach to articles: duplicates, events, stories,
// entities and their mentions, date expressions, quotations, timelines and
// summaries. Plain data; ids are strings so exports and URLs stay stable.
#ifndef STORYLINE_MODEL_H_
#define STORYLINE_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "storyline/span.h"

namespace storyline {

// --- duplicates -----------------------------------------------------------
enum class DuplicateKind { kNone = 0, kExact, kNear, kContained };
const char* DuplicateKindName(DuplicateKind kind);

// A passage one article shares with another: offsets in both clean texts.
struct SharedPassage {
  Span in_article;
  Span in_original;
};

struct DuplicateLink {
  std::string article;       // the copy
  std::string original;      // what it copies (the earliest known publisher)
  DuplicateKind kind = DuplicateKind::kNone;
  double similarity = 0.0;   // Jaccard of shingles, or containment for kContained
  std::vector<SharedPassage> passages;
};

// --- events and stories ---------------------------------------------------
struct Event {
  std::string id;     // "e1", "e2", ... stable once given
  std::string story;  // story id
  std::string date;       // ISO date (or month/year) the happening took place; "" if unknown
  std::string date_end;   // for ranges ("2020-07-21" .. "2020-07-22"), else ""
  std::string title;
  std::vector<std::string> articles;  // member article ids, publication order
};

struct TimelineEntry {
  std::string date;      // ISO value: "2020-07-08", "2020-10", "2020"
  std::string date_end;  // for ranges, else ""
  std::string text;      // the sentence(s) saying what happened
  std::vector<std::string> articles;  // sources
};

struct Story {
  std::string id;  // "s1", ...
  std::string title;
  std::string first_date;
  std::string last_date;
  std::vector<std::string> events;
  std::vector<TimelineEntry> timeline;
};

// --- entities -------------------------------------------------------------
enum class EntityType { kPerson = 0, kOrganization, kPlace, kOther };
const char* EntityTypeName(EntityType type);  // "PER", "ORG", "LOC", "MISC"

struct Mention {
  std::string article;
  Span span;          // in Article::text
  std::string text;   // surface form
  EntityType type = EntityType::kOther;
  std::string title;  // a title kept apart from the name ("Field Marshal")
  std::string entity; // resolved entity id, "" until resolution
};

struct Entity {
  std::string id;     // "p1", "o1", "l1" ...
  std::string name;   // canonical: the fullest frequent form
  EntityType type = EntityType::kOther;
  std::vector<std::string> variants;
  std::vector<std::string> titles;
  std::vector<std::string> articles;
};

// --- dates ----------------------------------------------------------------
enum class DateGranularity { kDay = 0, kWeek, kMonth, kSeason, kQuarter, kYear, kDecade, kRange, kUnknown };
const char* DateGranularityName(DateGranularity g);

// A temporal expression found in a text, normalized TIMEX3-style.
struct DateMention {
  std::string article;
  Span span;            // in the text that was tagged
  std::string text;     // surface form ("on Wednesday" -> "Wednesday")
  std::string type;     // "DATE", "TIME", "DURATION", "SET"
  std::string value;    // TIMEX3 value: "2020-07-08", "2020-04", "2019-SP", "P2W", "XXXX-XX-XX"
  std::string value_end;  // end of a range ("2020-07-22"), else ""
  DateGranularity granularity = DateGranularity::kUnknown;
  bool resolved = false;  // false when the anchor (publication date) was unknown
};

// --- quotations -----------------------------------------------------------
struct Quote {
  std::string id;         // cross-outlet quotation id ("q1"); equal for translations of one quote
  std::string article;
  Span span;              // the quoted words, in Article::text (all parts: see `parts`)
  std::string text;
  std::string speaker;    // name as written, or a source ("the document", "the ministry")
  std::string speaker_entity;  // resolved entity id, or ""
  std::string cue;        // reporting verb ("said", "stressed", "according to")
  // A quotation split by its attribution (`"A," he said, "B."`) is one
  // quotation: its parts' quoted words, in order; `span` runs from the first
  // part to the last and `text` joins the parts. Empty for a quotation in one part.
  std::vector<Span> parts;
};

// --- summaries ------------------------------------------------------------
struct SummarySentence {
  std::string article;
  Span span;  // in that article's text
  std::string text;
  std::vector<std::string> sources;  // every article that says the same
};

struct EventSummary {
  std::string event;
  std::vector<SummarySentence> sentences;
};

}  // namespace storyline

#endif  // STORYLINE_MODEL_H_
