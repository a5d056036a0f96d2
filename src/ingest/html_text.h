// Block-aware text of a libxml2 subtree, shared by the HTML and feed readers.
#ifndef STORYLINE_INGEST_HTML_TEXT_H_
#define STORYLINE_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>

#include <libxml/tree.h>

namespace storyline {

// Lower-case ASCII element name ("p", "h1"); "" for non-elements.
std::string_view ElementName(const xmlNode* node);

// True for elements that never hold article text (script, style, nav, aside,
// footer, header, form, figure, ...).
bool IsFurnitureElement(std::string_view name);

// Value of attribute `name` ("" when absent).
std::string Attribute(const xmlNode* node, const char* name);

// Appends the text under `node` to `out`: block elements (p, div, li, h1..h6,
// blockquote, tr, ...) become paragraphs separated by "\n\n", <br> a "\n",
// whitespace runs one space; furniture elements are skipped. With
// `skip_link_blocks`, so are blocks whose text is at least 80% link text
// (related-story lists, "read more" lines).
void AppendBlockText(const xmlNode* node, std::string* out, bool skip_link_blocks);

// The inline text of `node` with whitespace collapsed and trimmed.
std::string InlineText(const xmlNode* node);

// Drops leading/trailing blank lines and spaces, and collapses 3+ newlines to 2.
std::string TidyParagraphs(std::string text);

}  // namespace storyline

#endif  // STORYLINE_INGEST_HTML_TEXT_H_
