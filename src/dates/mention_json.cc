#include "dates/mention_json.h"

#include <cstdio>

namespace storyline::dates {
namespace {

void AppendQuoted(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out->append(buf);
    } else {
      out->push_back(c);
    }
  }
  out->push_back('"');
}

void AppendField(const char* name, std::string_view value, std::string* out) {
  out->append(",\"").append(name).append("\":");
  AppendQuoted(value, out);
}

}  // namespace

std::string DateMentionJson(const DateMention& m) {
  std::string out = "{\"begin\":" + std::to_string(m.span.begin) +
                    ",\"end\":" + std::to_string(m.span.end);
  AppendField("text", m.text, &out);
  AppendField("type", m.type, &out);
  AppendField("value", m.value, &out);
  if (!m.value_end.empty()) AppendField("value_end", m.value_end, &out);
  AppendField("granularity", DateGranularityName(m.granularity), &out);
  out.append(",\"resolved\":").append(m.resolved ? "true" : "false").push_back('}');
  return out;
}

}  // namespace storyline::dates
