// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds to RawDocuments, one per item/entry,
// parsed with libxml2's XML reader in recovery mode (no network access).
//
// Item fields: title; link (Atom: rel="alternate" or no rel); published from
// pubDate / dc:date / published / updated; text from content:encoded, else
// description / content / summary, HTML converted to text; id from guid / Atom id,
// else the link. The channel or feed title becomes each item's outlet.
// An item without any text is reported as "source: item N: ..." and skipped.
#ifndef STORYLINE_INGEST_FEED_READER_H_
#define STORYLINE_INGEST_FEED_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/reader.h"

namespace storyline {

// Returns the number of documents passed to `sink`; a document that is not a feed
// at all is one error.
size_t ReadFeed(std::string_view data, const std::string& source, const DocumentSink& sink,
                const ErrorSink& on_error);

}  // namespace storyline

#endif  // STORYLINE_INGEST_FEED_READER_H_
