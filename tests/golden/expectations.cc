#include "expectations.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace storyline::golden {
namespace {

using nlohmann::json;

// Splits a line into words, keeping "quoted strings" whole (without quotes).
std::vector<std::string> Words(const std::string& line) {
  std::vector<std::string> out;
  for (size_t i = 0; i < line.size();) {
    if (line[i] == ' ') { ++i; continue; }
    if (line[i] == '"') {
      size_t end = line.find('"', i + 1);
      if (end == std::string::npos) end = line.size();
      out.push_back(line.substr(i + 1, end - i - 1));
      i = end + 1;
    } else {
      size_t end = line.find(' ', i);
      if (end == std::string::npos) end = line.size();
      out.push_back(line.substr(i, end - i));
      i = end;
    }
  }
  return out;
}

const json* FindArticle(const json& doc, const std::string& prefix, std::string* error) {
  const json* found = nullptr;
  for (const auto& a : doc["articles"]) {
    std::string id = a["id"];
    if (id == prefix) return &a;
    if (id.rfind(prefix, 0) == 0) {
      if (found) { *error = "article prefix '" + prefix + "' is ambiguous"; return nullptr; }
      found = &a;
    }
  }
  if (!found) *error = "no article '" + prefix + "'";
  return found;
}

std::string AsString(const json& v) { return v.is_null() ? "null" : v.is_string() ? v.get<std::string>() : v.dump(); }

size_t Count(const std::string& text, const std::string& s) {
  size_t n = 0;
  for (size_t p = text.find(s); p != std::string::npos; p = text.find(s, p + 1)) ++n;
  return n;
}

// The value of `field` for each article, for `same`/`different` checks.
std::string CheckGroups(const std::vector<std::string>& w, const json& doc) {
  bool same = w[0] == "same";
  std::string field = w[1];
  std::set<std::string> values;
  std::string listing;
  for (size_t i = 2; i < w.size(); ++i) {
    std::string err;
    const json* a = FindArticle(doc, w[i], &err);
    if (!a) return err;
    values.insert(AsString((*a)[field]));
    listing += w[i] + "=" + AsString((*a)[field]) + " ";
  }
  bool ok = same ? values.size() == 1 && *values.begin() != "null" : values.size() == w.size() - 2;
  return ok ? "" : "found " + listing;
}

// Entities whose variants include `name` (case-sensitive spelling match).
std::set<std::string> EntitiesNamed(const json& doc, const std::string& name) {
  std::set<std::string> ids;
  for (const auto& e : doc["entities"]) {
    for (const auto& v : e["variants"]) {
      if (v == name) ids.insert(e["id"].get<std::string>());
    }
    if (e["name"] == name) ids.insert(e["id"].get<std::string>());
  }
  return ids;
}

std::string CheckEntity(const std::vector<std::string>& w, const json& doc) {
  std::vector<std::set<std::string>> sets;
  for (size_t i = 2; i < w.size(); ++i) {
    sets.push_back(EntitiesNamed(doc, w[i]));
    if (sets.back().empty()) return "no entity has the spelling \"" + w[i] + "\"";
  }
  std::set<std::string> common = sets[0];
  for (const auto& s : sets) {
    std::set<std::string> next;
    std::set_intersection(common.begin(), common.end(), s.begin(), s.end(), std::inserter(next, next.end()));
    common = next;
  }
  if (w[1] == "same") return common.empty() ? "the spellings resolve to different entities" : "";
  return common.empty() ? "" : "the spellings resolve to one entity " + *common.begin();
}

const json* FindQuote(const json& doc, const std::string& article, const std::string& prefix, std::string* err) {
  const json* a = FindArticle(doc, article, err);
  if (!a) return nullptr;
  for (const auto& q : doc["quotes"]) {
    for (const auto& r : q["reports"]) {
      if (r["article"] == (*a)["id"] && r["text"].get<std::string>().find(prefix) != std::string::npos) return &q;
    }
  }
  *err = "no quotation \"" + prefix + "\" in " + article;
  return nullptr;
}

std::string CheckDate(const std::vector<std::string>& w, const json& doc) {
  std::string err;
  const json* a = FindArticle(doc, w[1], &err);
  if (!a) return err;
  std::string seen;
  for (const auto& d : doc["dates"]) {
    if (d["article"] != (*a)["id"]) continue;
    std::string text = d["text"];
    if (text.find(w[2]) == std::string::npos && !(text.size() >= 3 && w[2].find(text) != std::string::npos)) continue;
    std::string value = d["value"].get<std::string>();
    std::string end = d.value("value_end", "");
    if (!end.empty()) value += ".." + end;
    bool resolved = d.value("resolved", false);
    if (w[3] == "unresolved" ? !resolved : (resolved && value == w[4])) return "";
    seen += "\"" + text + "\"=" + value + (resolved ? " " : " (unresolved) ");
  }
  return seen.empty() ? "no date expression \"" + w[2] + "\"" : "found " + seen;
}

}  // namespace

Result<Case> ParseCase(const std::string& text) {
  Case c;
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (auto hash = line.find('#'); hash == 0) continue;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (line.empty()) continue;
    if (line.rfind("input ", 0) == 0) {
      for (const auto& w : Words(line.substr(6))) c.inputs.push_back(w);
    } else {
      c.checks.push_back({n, line});
    }
  }
  if (c.inputs.empty()) return Status::InvalidInput("expect.txt: no `input` line");
  return c;
}

std::string Check(const std::string& line, const json& doc) {
  std::vector<std::string> w = Words(line);
  std::string err;
  if (w.size() >= 5 && w[0] == "article") {
    const json* a = FindArticle(doc, w[1], &err);
    if (!a) return err;
    const json& v = (*a)[w[2]];
    if (w[3] == "=") return AsString(v) == w[4] ? "" : "found " + AsString(v);
    if (w[3] == "has") {
      return v.is_array() && std::find(v.begin(), v.end(), w[4]) != v.end() ? "" : "found " + v.dump();
    }
  }
  if (w.size() >= 4 && w[0] == "text") {
    const json* a = FindArticle(doc, w[1], &err);
    if (!a) return err;
    std::string text = (*a)["text"];
    if (w[2] == "lacks") return Count(text, w[3]) == 0 ? "" : "text still contains it";
    if (w[2] == "count" && w.size() == 6) {
      size_t n = Count(text, w[3]);
      return std::to_string(n) == w[5] ? "" : "found " + std::to_string(n);
    }
  }
  if (line == "duplicates none") {
    for (const auto& a : doc["articles"]) {
      if (!a["duplicate_of"].is_null()) return a["id"].get<std::string>() + " is a copy of " + AsString(a["duplicate_of"]);
    }
    return "";
  }
  if (w.size() == 4 && w[0] == "duplicate" && w[2] == "of") {
    const json* a = FindArticle(doc, w[1], &err);
    const json* b = a ? FindArticle(doc, w[3], &err) : nullptr;
    if (!b) return err;
    return (*a)["duplicate_of"] == (*b)["id"] ? "" : "found " + AsString((*a)["duplicate_of"]);
  }
  if (w.size() >= 4 && (w[0] == "same" || w[0] == "different") && (w[1] == "event" || w[1] == "story")) {
    return CheckGroups(w, doc);
  }
  if (w.size() == 2 && (w[0] == "events" || w[0] == "stories")) {
    size_t n = doc[w[0]].size();
    return std::to_string(n) == w[1] ? "" : "found " + std::to_string(n);
  }
  if (w.size() >= 4 && w[0] == "date") return CheckDate(w, doc);
  if (w.size() >= 4 && w[0] == "entity" && (w[1] == "same" || w[1] == "different")) return CheckEntity(w, doc);
  if (w.size() == 4 && w[0] == "entity" && w[1] == "type") {  // entity type "NAME" PER|ORG|LOC
    for (const auto& e : doc["entities"]) {
      for (const auto& v : e["variants"]) {
        if (v == w[2]) return e["type"] == w[3] ? "" : "type is " + AsString(e["type"]);
      }
    }
    return "no entity has the spelling \"" + w[2] + "\"";
  }
  if (w.size() == 5 && w[0] == "quote" && w[3] == "speaker") {
    const json* q = FindQuote(doc, w[1], w[2], &err);
    if (!q) return err;
    return AsString((*q)["speaker"]).find(w[4]) != std::string::npos ? "" : "speaker is " + AsString((*q)["speaker"]);
  }
  if (w.size() == 6 && w[0] == "quote" && w[1] == "same") {
    const json* a = FindQuote(doc, w[2], w[3], &err);
    const json* b = a ? FindQuote(doc, w[4], w[5], &err) : nullptr;
    if (!b) return err;
    return (*a)["id"] == (*b)["id"] ? "" : "different quotations " + AsString((*a)["id"]) + ", " + AsString((*b)["id"]);
  }
  if (w.size() == 3 && w[0] == "timeline" && w[1] == "has") {
    for (const auto& s : doc["stories"]) {
      for (const auto& t : s["timeline"]) {
        if (AsString(t["date"]).rfind(w[2], 0) == 0) return "";
      }
    }
    return "no timeline entry on " + w[2];
  }
  return "cannot read this check";
}

}  // namespace storyline::golden
