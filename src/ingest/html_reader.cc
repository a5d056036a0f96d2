#include "ingest/html_reader.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "ingest/ascii.h"
#include "ingest/html_text.h"

namespace storyline {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// The declared charset when it is not UTF-8 (libxml2 then decodes it), else "UTF-8":
// libxml2 would otherwise assume Latin-1 for pages that declare nothing.
const char* EncodingFor(std::string_view html) {
  std::string head = AsciiLower(std::string(html.substr(0, 4096)));
  size_t at = head.find("charset=");
  if (at == std::string::npos) return "UTF-8";
  std::string_view rest = std::string_view(head).substr(at + 8);
  if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) rest.remove_prefix(1);
  return rest.starts_with("utf-8") || rest.starts_with("utf8") ? "UTF-8" : nullptr;
}

DocPtr ParseHtml(std::string_view html) {
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_NONET | HTML_PARSE_NOBLANKS;
  return DocPtr(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr,
                               EncodingFor(html), options));
}

// Metadata gathered in one walk; the first value of each key wins.
struct MetaScan {
  std::unordered_map<std::string, std::string> meta;  // lower-case key -> content
  std::string title_element, first_h1, first_time, canonical;
};

void ScanMeta(const xmlNode* node, MetaScan* scan) {
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    std::string_view name = ElementName(n);
    if (name == "meta") {
      std::string content = Attribute(n, "content");
      for (const char* key_attr : {"property", "name", "itemprop"}) {
        std::string key = AsciiLower(Attribute(n, key_attr));
        if (!key.empty() && !content.empty()) scan->meta.emplace(key, content);
      }
    } else if (name == "link" && AsciiLower(Attribute(n, "rel")) == "canonical") {
      if (scan->canonical.empty()) scan->canonical = Attribute(n, "href");
    } else if (name == "title" && scan->title_element.empty()) {
      scan->title_element = InlineText(n);
    } else if (name == "h1" && scan->first_h1.empty()) {
      scan->first_h1 = InlineText(n);
    } else if (name == "time" && scan->first_time.empty()) {
      scan->first_time = Attribute(n, "datetime");
    }
    if (name != "script" && name != "style") ScanMeta(n->children, scan);
  }
}

std::string FirstMeta(const MetaScan& scan, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    auto it = scan.meta.find(key);
    if (it != scan.meta.end()) return it->second;
  }
  return {};
}

// Scores parents of paragraph-like elements by the text they hold (see the header).
void ScoreParagraphs(const xmlNode* node, std::unordered_map<const xmlNode*, double>* score) {
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    std::string_view name = ElementName(n);
    if (name.empty() || IsFurnitureElement(name)) continue;
    if (name == "p" || name == "pre") {
      double length = static_cast<double>(InlineText(n).size());
      if (length >= 25 && n->parent != nullptr) {
        (*score)[n->parent] += length;
        if (n->parent->parent != nullptr) (*score)[n->parent->parent] += length / 2;
      }
      continue;
    }
    ScoreParagraphs(n->children, score);
  }
}

const xmlNode* FindBody(const xmlNode* node) {
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if (ElementName(n) == "body") return n;
    if (const xmlNode* found = FindBody(n->children)) return found;
  }
  return nullptr;
}

const xmlNode* MainBlock(const xmlNode* root) {
  std::unordered_map<const xmlNode*, double> score;
  ScoreParagraphs(root, &score);
  const xmlNode* best = nullptr;
  double best_score = 0;
  for (const auto& [node, s] : score) {
    if (s > best_score) best = node, best_score = s;
  }
  if (best != nullptr) return best;
  const xmlNode* body = FindBody(root);
  return body != nullptr ? body : root;
}

}  // namespace

Result<HtmlPage> ParseHtmlPage(std::string_view html) {
  if (html.empty()) return Status::InvalidInput("empty HTML page");
  DocPtr doc = ParseHtml(html);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return Status::InvalidInput("not an HTML page");
  MetaScan scan;
  ScanMeta(root, &scan);
  HtmlPage page;
  page.title = FirstMeta(scan, {"og:title", "twitter:title"});
  if (page.title.empty()) page.title = !scan.title_element.empty() ? scan.title_element : scan.first_h1;
  page.published = FirstMeta(scan, {"article:published_time", "og:published_time",
                                    "datepublished", "date", "pubdate", "publishdate",
                                    "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date",
                                    "parsely-pub-date", "og:updated_time"});
  if (page.published.empty()) page.published = scan.first_time;
  page.outlet = FirstMeta(scan, {"og:site_name", "application-name"});
  page.url = !scan.canonical.empty() ? scan.canonical : FirstMeta(scan, {"og:url"});
  std::string text;
  AppendBlockText(MainBlock(root), &text, true);
  page.text = TidyParagraphs(std::move(text));
  return page;
}

std::string HtmlFragmentToText(std::string_view html) {
  if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos) {
    return TidyParagraphs(std::string(html));
  }
  std::string wrapped = "<html><body>" + std::string(html) + "</body></html>";
  DocPtr doc = ParseHtml(wrapped);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return {};
  std::string text;
  AppendBlockText(root, &text, true);
  return TidyParagraphs(std::move(text));
}

}  // namespace storyline
