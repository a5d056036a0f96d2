#include "ingest/html_text.h"

#include <array>
#include <cstring>

namespace storyline {
namespace {

bool OneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (n == name) return true;
  }
  return false;
}

bool IsBlockElement(std::string_view name) {
  return OneOf(name, {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                      "blockquote", "pre", "tr", "table", "section", "article", "main", "dd",
                      "dt", "dl", "body", "address", "center", "td", "th"});
}

// Appends `text` with whitespace runs collapsed; never starts a line with a space.
void AppendCollapsed(std::string_view text, std::string* out) {
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space) {
      out->push_back(c);
    } else if (!out->empty() && out->back() != ' ' && out->back() != '\n') {
      out->push_back(' ');
    }
  }
}

// Ends the current paragraph: trims a trailing space and adds a blank line.
void BreakParagraph(std::string* out) {
  while (!out->empty() && out->back() == ' ') out->pop_back();
  if (out->empty()) return;
  if (out->back() != '\n') out->push_back('\n');
  if (out->size() < 2 || (*out)[out->size() - 2] != '\n') out->push_back('\n');
}

}  // namespace

std::string_view ElementName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool IsFurnitureElement(std::string_view name) {
  return OneOf(name, {"script", "style", "noscript", "nav", "aside", "footer", "header", "form",
                      "iframe", "svg", "button", "figure", "figcaption", "select", "template",
                      "object", "embed", "canvas", "menu", "head", "title", "input", "textarea"});
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string result(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return result;
}

namespace {

// Bytes of text under `node`, and how many of them sit inside links.
void CountText(const xmlNode* node, bool in_link, size_t* total, size_t* linked) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE && child->content != nullptr) {
      size_t n = 0;
      for (const xmlChar* p = child->content; *p != 0; ++p) n += *p > ' ';
      *total += n;
      if (in_link) *linked += n;
    } else if (child->type == XML_ELEMENT_NODE && !IsFurnitureElement(ElementName(child))) {
      CountText(child, in_link || ElementName(child) == "a", total, linked);
    }
  }
}

// A block whose visible text is nearly all link text: a list of related links,
// a "read more" line, a tag cloud.
bool IsLinkBlock(const xmlNode* node) {
  size_t total = 0, linked = 0;
  CountText(node, false, &total, &linked);
  return total > 0 && linked * 10 >= total * 8;
}

}  // namespace

void AppendBlockText(const xmlNode* node, std::string* out, bool skip_link_blocks) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) {
        AppendCollapsed(reinterpret_cast<const char*>(child->content), out);
      }
      continue;
    }
    std::string_view name = ElementName(child);
    if (name.empty() || IsFurnitureElement(name)) continue;
    if (name == "br") {
      while (!out->empty() && out->back() == ' ') out->pop_back();
      out->push_back('\n');
      continue;
    }
    bool block = IsBlockElement(name);
    if (block && skip_link_blocks && IsLinkBlock(child)) continue;
    if (block) BreakParagraph(out);
    AppendBlockText(child, out, skip_link_blocks);
    if (block) BreakParagraph(out);
  }
}

std::string InlineText(const xmlNode* node) {
  std::string out;
  AppendBlockText(node, &out, false);
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  std::string collapsed;
  AppendCollapsed(out, &collapsed);
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

std::string TidyParagraphs(std::string text) {
  std::string out;
  out.reserve(text.size());
  size_t newlines = 0;
  for (char c : text) {
    if (c == '\n') {
      ++newlines;
      continue;
    }
    if (newlines > 0 && !out.empty()) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out.append(newlines >= 2 ? "\n\n" : "\n");
    }
    newlines = 0;
    if (c == ' ' && (out.empty() || out.back() == '\n')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace storyline
