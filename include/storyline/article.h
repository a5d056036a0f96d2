// RawDocument (what ingest reads) and Article (what extract makes of it): the
// plain data that flows through storyline's stages.
//
// Offsets: Article::raw is the document's text as read (HTML already reduced to
// text by ingest). Article::text is the clean text: the kept paragraphs of `raw`,
// each copied verbatim and joined by "\n\n". Paragraph records where each one
// sits in both, so any Span into `text` maps back into `raw` with ToRawOffset().
#ifndef STORYLINE_ARTICLE_H_
#define STORYLINE_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "storyline/span.h"

namespace storyline {

// One document as a reader found it, before any cleaning.
struct RawDocument {
  std::string source;     // file path, or "-" for standard input
  uint64_t record = 0;    // 1-based line (JSON Lines) or record (WARC, feed item); 0 = whole file
  std::string id;         // from the record, or the file name without extension
  std::string url;
  std::string outlet;     // site or source name from metadata, may be empty
  std::string title;      // from metadata, may be empty
  std::string published;  // as given by metadata (any format), may be empty
  std::string text;       // body as plain text; HTML already converted by the reader
  std::string format;     // "txt", "jsonl", "html", "rss", "atom", "warc"
};

// How a publication date was found, strongest first.
enum class DateSource {
  kNone = 0,      // not known: the engine never invents one
  kMetadata,      // a field or meta tag of the record
  kMetadataLine,  // a leading " date YYYY-MM-DD" line in the text
  kDateline,      // "MOSCOW, July 8. /TASS/." or "(... - 08th July, 2020)"
  kTextLine,      // a date line near the top ("22 July 2020")
  kUrl,           // /2020/07/08/ in the URL
  kEvent,         // inferred from other articles of the same event
};
const char* DateSourceName(DateSource source);

struct PublishedDate {
  std::string value;        // ISO "YYYY-MM-DD", or "" when unknown
  DateSource source = DateSource::kNone;
  double confidence = 0.0;  // 0..1
  bool known() const { return !value.empty(); }
};

struct Paragraph {
  Span text;          // in Article::text
  uint32_t raw_begin;  // where the same bytes start in Article::raw
};

// A line of the raw text that cleaning removed, and why ("repeated-lead",
// "headline-list", "outlet-name", "photo-credit", "source-credit", ...).
struct RemovedLine {
  Span raw;
  std::string reason;
};

struct Article {
  std::string id;
  std::string source;    // where it was read from (file path)
  std::string url;
  std::string outlet;    // "TASS", "UrduPoint News", ... or "" when unknown
  std::string title;
  std::string language;  // ISO 639-1 ("en"), "" when unknown
  PublishedDate published;
  std::string dateline;  // place of the dateline ("MOSCOW"), may be empty
  std::vector<std::string> credits;  // sources credited in the text ("TASS", "Sputnik")

  std::string raw;   // text as ingested
  std::string text;  // clean text: kept paragraphs joined by "\n\n"
  std::vector<Paragraph> paragraphs;
  std::vector<Span> sentences;  // in `text`
  std::vector<RemovedLine> removed;

  uint64_t content_hash = 0;  // of the normalized clean text; equal hash = exact duplicate

  // Maps a byte offset in `text` to the same byte in `raw` (offsets between
  // paragraphs map to the end of the previous paragraph).
  uint32_t ToRawOffset(uint32_t text_offset) const;
};

}  // namespace storyline

#endif  // STORYLINE_ARTICLE_H_
