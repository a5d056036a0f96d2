#include "dates/timeml.h"

#include <cstdlib>

#include "common/utf8.h"

namespace storyline::dates {
namespace {

// The value of attribute `name` in the tag text `tag` ("<TIMEX3 tid=\"t1\" ...>").
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool starts = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    size_t eq = pos + name.size();
    if (starts && eq + 1 < tag.size() && tag[eq] == '=' && (tag[eq + 1] == '"' || tag[eq + 1] == '\'')) {
      size_t close = tag.find(tag[eq + 1], eq + 2);
      if (close == std::string_view::npos) return "";
      return std::string(tag.substr(eq + 2, close - eq - 2));
    }
    pos = eq;
  }
  return "";
}

std::string_view TagName(std::string_view tag) {  // tag without '<' and '>'
  size_t end = tag.find_first_of(" \t\n/>", 1);
  return tag.substr(0, end == std::string_view::npos ? tag.size() : end);
}

// Decodes the entity at s[pos] ('&'), appending it to *out; returns its length.
size_t DecodeEntity(std::string_view s, size_t pos, std::string* out) {
  size_t semi = s.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10) {
    out->push_back('&');
    return 1;
  }
  std::string_view name = s.substr(pos + 1, semi - pos - 1);
  if (name == "amp") out->push_back('&');
  else if (name == "lt") out->push_back('<');
  else if (name == "gt") out->push_back('>');
  else if (name == "quot") out->push_back('"');
  else if (name == "apos") out->push_back('\'');
  else if (!name.empty() && name[0] == '#') {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    long cp = std::strtol(std::string(name.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
    AppendUtf8(static_cast<char32_t>(cp), out);
  } else {
    out->push_back('&');
    return 1;
  }
  return semi - pos + 1;
}

std::string ElementText(std::string_view xml, std::string_view name) {
  std::string open("<"), close("</");
  open.append(name).push_back('>');
  close.append(name).push_back('>');
  size_t a = xml.find(open);
  if (a == std::string_view::npos) return "";
  size_t b = xml.find(close, a);
  if (b == std::string_view::npos) return "";
  return std::string(xml.substr(a + open.size(), b - a - open.size()));
}

std::string CreationTime(std::string_view xml) {
  size_t pos = xml.find("functionInDocument=\"CREATION_TIME\"");
  if (pos == std::string_view::npos) return "";
  size_t start = xml.rfind('<', pos), end = xml.find('>', pos);
  if (start == std::string_view::npos || end == std::string_view::npos) return "";
  return Attribute(xml.substr(start, end - start), "value");
}

}  // namespace

Result<TimeMLDocument> ParseTimeML(std::string_view xml) {
  TimeMLDocument doc;
  doc.id = ElementText(xml, "DOCID");
  doc.dct = CreationTime(xml);
  size_t begin = xml.find("<TEXT>"), end = xml.find("</TEXT>");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) {
    return Status::Corruption("no <TEXT> element");
  }
  std::string_view body = xml.substr(begin + 6, end - begin - 6);
  struct Open {
    TimexAnnotation timex;
    bool creation_time = false;
  };
  std::vector<Open> open;
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '&') { i += DecodeEntity(body, i, &doc.text); continue; }
    if (c != '<') { doc.text.push_back(c); ++i; continue; }
    size_t close = body.find('>', i);
    if (close == std::string_view::npos) return Status::Corruption("unterminated tag in <TEXT>");
    std::string_view tag = body.substr(i + 1, close - i - 1);
    i = close + 1;
    if (TagName(tag) == "TIMEX3" && tag.back() != '/') {
      TimexAnnotation t;
      t.span.begin = static_cast<uint32_t>(doc.text.size());
      t.tid = Attribute(tag, "tid");
      t.type = Attribute(tag, "type");
      t.value = Attribute(tag, "value");
      open.push_back({std::move(t), Attribute(tag, "functionInDocument") == "CREATION_TIME"});
    } else if (TagName(tag) == "/TIMEX3") {
      if (open.empty()) return Status::Corruption("</TIMEX3> without <TIMEX3>");
      Open t = std::move(open.back());
      open.pop_back();
      t.timex.span.end = static_cast<uint32_t>(doc.text.size());
      if (!t.creation_time) doc.timexes.push_back(std::move(t.timex));
    }
  }
  if (!open.empty()) return Status::Corruption("<TIMEX3> without </TIMEX3>");
  return doc;
}

}  // namespace storyline::dates
