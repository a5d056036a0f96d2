#include "ingest/feed_reader.h"

#include <libxml/parser.h>

#include <memory>

#include "common/utf8.h"
#include "ingest/html_reader.h"
#include "ingest/html_text.h"
#include "ingest/jsonl_reader.h"

namespace storyline {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::string_view LocalName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string_view Prefix(const xmlNode* node) {
  if (node->ns == nullptr || node->ns->prefix == nullptr) return {};
  return reinterpret_cast<const char*>(node->ns->prefix);
}

std::string Content(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (value == nullptr) return {};
  std::string text(TrimSpace(reinterpret_cast<const char*>(value)));
  xmlFree(value);
  return text;
}

const xmlNode* Child(const xmlNode* node, std::string_view name) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (LocalName(c) == name) return c;
  }
  return nullptr;
}

// Item fields by role, each keeping its best-ranked source element.
struct ItemFields {
  std::string id, title, link, published, body, summary;
};

void ReadItemChild(const xmlNode* c, ItemFields* f) {
  std::string_view name = LocalName(c);
  std::string_view prefix = Prefix(c);
  if (name == "title" && f->title.empty()) {
    f->title = HtmlFragmentToText(Content(c));
  } else if (name == "link" && f->link.empty()) {
    std::string rel = Attribute(c, "rel");
    std::string href = Attribute(c, "href");
    if (!href.empty() && (rel.empty() || rel == "alternate")) f->link = href;
    if (href.empty()) f->link = Content(c);
  } else if ((name == "guid" || name == "id") && f->id.empty()) {
    f->id = Content(c);
  } else if (name == "pubDate" || name == "published" || (name == "date" && prefix == "dc")) {
    if (f->published.empty()) f->published = Content(c);
  } else if (name == "updated" || name == "modified") {
    if (f->published.empty()) f->published = Content(c);
  } else if ((name == "encoded" && prefix == "content") || name == "content") {
    if (f->body.empty()) f->body = Content(c);
  } else if (name == "description" || name == "summary") {
    if (f->summary.empty()) f->summary = Content(c);
  }
}

// Items of an RSS channel (or RDF root) or entries of an Atom feed, in order.
void CollectItems(const xmlNode* node, std::vector<const xmlNode*>* items) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    std::string_view name = LocalName(c);
    if (name == "item" || name == "entry") {
      items->push_back(c);
    } else if (name == "channel") {
      CollectItems(c, items);
    }
  }
}

std::string FeedTitle(const xmlNode* root) {
  const xmlNode* channel = Child(root, "channel");
  const xmlNode* title = Child(channel != nullptr ? channel : root, "title");
  return title != nullptr ? HtmlFragmentToText(Content(title)) : std::string();
}

}  // namespace

size_t ReadFeed(std::string_view data, const std::string& source, const DocumentSink& sink,
                const ErrorSink& on_error) {
  int options = XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET |
                XML_PARSE_NOCDATA;
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlReadMemory(data.data(), static_cast<int>(data.size()), nullptr, nullptr, options));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  std::string_view root_name = LocalName(root);
  if (root_name != "rss" && root_name != "feed" && root_name != "RDF") {
    on_error(Status::InvalidInput(source + ": not an RSS or Atom feed"));
    return 0;
  }
  std::vector<const xmlNode*> items;
  CollectItems(root, &items);
  std::string outlet = FeedTitle(root);
  size_t count = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    ItemFields f;
    for (const xmlNode* c = items[i]->children; c != nullptr; c = c->next) ReadItemChild(c, &f);
    std::string text = HtmlFragmentToText(!f.body.empty() ? f.body : f.summary);
    if (text.empty()) {
      on_error(Status::InvalidInput(source + ": item " + std::to_string(i + 1) +
                                    ": no description or content"));
      continue;
    }
    RawDocument raw;
    raw.source = source;
    raw.record = i + 1;
    raw.id = !f.id.empty() ? f.id : !f.link.empty() ? f.link : FileStem(source) + "-" + std::to_string(i + 1);
    raw.url = std::move(f.link);
    raw.outlet = outlet;
    raw.title = std::move(f.title);
    raw.published = std::move(f.published);
    raw.text = std::move(text);
    raw.format = root_name == "feed" ? "atom" : "rss";
    sink(std::move(raw));
    ++count;
  }
  return count;
}

}  // namespace storyline
