#include "store/json_text.h"

#include <simdjson.h>

#include <charconv>
#include <cstdio>
#include <limits>

#include "store/codec.h"

namespace storyline {
namespace {

// --- writing ---------------------------------------------------------------

void AppendUint(std::string* out, uint64_t v) {
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof(buf), v).ptr;
  out->append(buf, end);
}

// As nlohmann's serializer escapes with ensure_ascii off.
void AppendString(std::string* out, std::string_view s) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", static_cast<unsigned>(c));
          out->append(buf);
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

void AppendSpan(std::string* out, const Span& s) {
  out->push_back('[');
  AppendUint(out, s.begin);
  out->push_back(',');
  AppendUint(out, s.end);
  out->push_back(']');
}

// `{"key":...,"key":...}` with the fields written by `fields` (keys sorted by the caller).
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string* out) : out_(out) { out_->push_back('{'); }
  ~ObjectWriter() { out_->push_back('}'); }
  ObjectWriter& Key(std::string_view key) {
    if (!first_) out_->push_back(',');
    first_ = false;
    AppendString(out_, key);
    out_->push_back(':');
    return *this;
  }
  ObjectWriter& String(std::string_view key, std::string_view value) {
    Key(key);
    AppendString(out_, value);
    return *this;
  }
  ObjectWriter& SpanField(std::string_view key, const Span& value) {
    Key(key);
    AppendSpan(out_, value);
    return *this;
  }
  // A field whose value is JSON text already.
  ObjectWriter& Raw(std::string_view key, std::string_view json) {
    Key(key);
    out_->append(json);
    return *this;
  }

 private:
  std::string* out_;
  bool first_ = true;
};

template <typename T, typename F>
std::string ListJson(const std::vector<T>& items, F write_item) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(',');
    write_item(&out, items[i]);
  }
  out.push_back(']');
  return out;
}

}  // namespace

std::string StringsJson(const std::vector<std::string>& strings) {
  return ListJson(strings, [](std::string* out, const std::string& s) { AppendString(out, s); });
}

std::string SpansJson(const std::vector<Span>& spans) { return ListJson(spans, AppendSpan); }

std::string ParagraphsJson(const std::vector<Paragraph>& paragraphs) {
  return ListJson(paragraphs, [](std::string* out, const Paragraph& p) {
    AppendSpan(out, p.text);
    out->back() = ',';
    AppendUint(out, p.raw_begin);
    out->push_back(']');
  });
}

std::string MentionsJson(const std::vector<Mention>& mentions) {
  return ListJson(mentions, [](std::string* out, const Mention& m) {
    ObjectWriter(out).String("entity", m.entity).SpanField("span", m.span).String("text", m.text)
        .String("title", m.title).String("type", EntityTypeName(m.type));
  });
}

std::string DateMentionsJson(const std::vector<DateMention>& dates) {
  return ListJson(dates, [](std::string* out, const DateMention& d) {
    ObjectWriter w(out);
    w.String("granularity", DateGranularityName(d.granularity));
    w.Key("resolved");
    out->append(d.resolved ? "true" : "false");
    w.SpanField("span", d.span).String("text", d.text).String("type", d.type).String("value", d.value)
        .String("value_end", d.value_end);
  });
}

std::string QuotesJson(const std::vector<Quote>& quotes) {
  return ListJson(quotes, [](std::string* out, const Quote& q) {
    ObjectWriter w(out);
    w.String("cue", q.cue).String("id", q.id);
    if (!q.parts.empty()) w.Raw("parts", SpansJson(q.parts));  // only split quotations have parts
    w.SpanField("span", q.span).String("speaker", q.speaker).String("speaker_entity", q.speaker_entity)
        .String("text", q.text);
  });
}

}  // namespace storyline

// --- reading -----------------------------------------------------------------

namespace storyline {

struct JsonListReader::Parser {
  simdjson::dom::parser dom;
};

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

bool ReadUint32(element e, uint32_t* out) {
  uint64_t v = 0;
  if (e.get_uint64().get(v) != simdjson::SUCCESS || v > std::numeric_limits<uint32_t>::max()) return false;
  *out = static_cast<uint32_t>(v);
  return true;
}

// codec.h reads the first two numbers of a span and ignores the rest.
bool ReadSpan(element e, Span* out) {
  array a;
  if (e.get_array().get(a) != simdjson::SUCCESS || a.size() < 2) return false;
  return ReadUint32(a.at(0).value_unsafe(), &out->begin) && ReadUint32(a.at(1).value_unsafe(), &out->end);
}

bool ReadString(element e, std::string* out) {
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS) return false;
  out->assign(s);
  return true;
}

bool ParseArray(simdjson::dom::parser& parser, std::string_view json, array* items) {
  element doc;
  if (parser.parse(json.data(), json.size()).get(doc) != simdjson::SUCCESS) return false;
  return doc.get_array().get(*items) == simdjson::SUCCESS;
}

// Calls read(key, value) for each field of each object of the array `json`;
// false when the text is not such an array or `read` refuses a field.
template <typename Item, typename ReadField>
bool ReadObjects(simdjson::dom::parser& parser, std::string_view json, std::vector<Item>* out, Item blank,
                 ReadField read_field) {
  array items;
  if (!ParseArray(parser, json, &items)) return false;
  std::vector<Item> read;
  read.reserve(items.size());
  for (element e : items) {
    object fields;
    if (e.get_object().get(fields) != simdjson::SUCCESS) return false;
    Item item = blank;
    bool has_span = false;
    for (auto field : fields) {
      if (field.key == "span") {
        if (!ReadSpan(field.value, &item.span)) return false;
        has_span = true;
      } else if (!read_field(field.key, field.value, &item)) {
        return false;
      }
    }
    if (!has_span) return false;  // codec.h requires it
    read.push_back(std::move(item));
  }
  out->insert(out->end(), std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
  return true;
}

}  // namespace

JsonListReader::JsonListReader() : parser_(std::make_unique<Parser>()) {}
JsonListReader::~JsonListReader() = default;

bool JsonListReader::Spans(std::string_view json, std::vector<Span>* out) {
  array items;
  if (!ParseArray(parser_->dom, json, &items)) return false;
  std::vector<Span> read;
  read.reserve(items.size());
  for (element e : items) {
    read.emplace_back();
    if (!ReadSpan(e, &read.back())) return false;
  }
  out->insert(out->end(), read.begin(), read.end());
  return true;
}

bool JsonListReader::Mentions(std::string_view json, const std::string& article, std::vector<Mention>* out) {
  Mention blank;
  blank.article = article;
  return ReadObjects(parser_->dom, json, out, blank, [](std::string_view key, element value, Mention* m) {
    if (key == "text") return ReadString(value, &m->text);
    if (key == "title") return ReadString(value, &m->title);
    if (key == "entity") return ReadString(value, &m->entity);
    if (key != "type") return true;  // codec.h ignores other fields
    std::string type;
    if (!ReadString(value, &type)) return false;
    m->type = EntityTypeFromName(type);
    return true;
  });
}

bool JsonListReader::DateMentions(std::string_view json, const std::string& article,
                                  std::vector<DateMention>* out) {
  DateMention blank;
  blank.article = article;
  blank.type = "DATE";
  return ReadObjects(parser_->dom, json, out, blank, [](std::string_view key, element value, DateMention* d) {
    if (key == "text") return ReadString(value, &d->text);
    if (key == "type") return ReadString(value, &d->type);
    if (key == "value") return ReadString(value, &d->value);
    if (key == "value_end") return ReadString(value, &d->value_end);
    if (key == "resolved") return value.get_bool().get(d->resolved) == simdjson::SUCCESS;
    if (key != "granularity") return true;
    std::string granularity;
    if (!ReadString(value, &granularity)) return false;
    d->granularity = DateGranularityFromName(granularity);
    return true;
  });
}

bool JsonListReader::Quotes(std::string_view json, const std::string& article, std::vector<Quote>* out) {
  Quote blank;
  blank.article = article;
  return ReadObjects(parser_->dom, json, out, blank, [](std::string_view key, element value, Quote* q) {
    if (key == "id") return ReadString(value, &q->id);
    if (key == "text") return ReadString(value, &q->text);
    if (key == "speaker") return ReadString(value, &q->speaker);
    if (key == "speaker_entity") return ReadString(value, &q->speaker_entity);
    if (key == "cue") return ReadString(value, &q->cue);
    if (key != "parts") return true;
    array parts;
    if (value.get_array().get(parts) != simdjson::SUCCESS) return false;
    for (element p : parts) {
      q->parts.emplace_back();
      if (!ReadSpan(p, &q->parts.back())) return false;
    }
    return true;
  });
}

}  // namespace storyline
