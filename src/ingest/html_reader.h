// HTML pages to text with libxml2's forgiving HTML parser.
//
// Metadata: title (og:title, else <title>, else the first <h1>), published
// (article:published_time, og:published_time, itemprop=datePublished, meta
// date/pubdate/publishdate/dc.date..., else the first <time datetime>), outlet
// (og:site_name, else application-name), url (<link rel=canonical>, else og:url).
//
// Main text: the element whose <p> children hold the most text (a paragraph's
// length counts fully for its parent and half for its grandparent), with
// script/style/nav/aside/footer/header/form/figure and similar furniture dropped.
// Each block element becomes one paragraph; paragraphs are joined by "\n\n";
// whitespace runs collapse to one space and <br> becomes a line break.
#ifndef STORYLINE_INGEST_HTML_READER_H_
#define STORYLINE_INGEST_HTML_READER_H_

#include <string>
#include <string_view>

#include "storyline/status.h"

namespace storyline {

struct HtmlPage {
  std::string title;
  std::string published;  // as written in the page
  std::string outlet;
  std::string url;
  std::string text;       // main text, paragraphs joined by "\n\n"
};

// Fails only when libxml2 cannot build a tree at all (e.g. empty input).
Result<HtmlPage> ParseHtmlPage(std::string_view html);

// Text of an HTML fragment (a feed item's description, a JSON "html" field): all
// blocks, no main-block selection. Plain text without tags comes back trimmed.
std::string HtmlFragmentToText(std::string_view html);

}  // namespace storyline

#endif  // STORYLINE_INGEST_HTML_READER_H_
