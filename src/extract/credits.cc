#include "extract/credits.h"

#include <cctype>

#include "common/utf8.h"

namespace storyline {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    words += !space && !in_word;
    in_word = !space;
  }
  return words;
}

// "TASS and RIA Novosti." -> {"TASS", "RIA Novosti"}; drops a leading "the".
std::vector<std::string> SplitSources(std::string_view names) {
  std::vector<std::string> out;
  while (!names.empty() && out.size() < 3) {
    size_t cut = names.size(), skip = 0;
    for (std::string_view sep : {" and ", ", ", ";"}) {
      size_t at = names.find(sep);
      if (at < cut) cut = at, skip = sep.size();
    }
    std::string_view name = TrimSpace(names.substr(0, cut));
    while (!name.empty() && (name.back() == '.' || name.back() == ')')) name.remove_suffix(1);
    if (LowerAscii(name.substr(0, 4)) == "the ") name.remove_prefix(4);
    name = TrimSpace(name);
    if (!name.empty()) out.emplace_back(name);
    names.remove_prefix(cut == names.size() ? cut : cut + skip);
  }
  return out;
}

// The news agency named in `name` ("Associated Press Writer Alan Sayre" ->
// "Associated Press"), or "" when it names none.
std::string KnownWire(std::string_view name) {
  static const char* kWires[] = {"Associated Press", "Reuters", "Agence France-Presse", "AFP", "AP",
                                 "TASS", "Sputnik", "RIA Novosti", "Interfax", "Xinhua", "Anadolu",
                                 "DPA", "UPI", "Bloomberg", "EFE", "ANSA", "Kyodo", "Yonhap", "IRNA",
                                 "PTI", "ANI", "IANS", "CNN Wire", "ITAR-TASS"};
  for (const char* wire : kWires) {
    std::string_view w = wire;
    for (size_t at = name.find(w); at != std::string_view::npos; at = name.find(w, at + 1)) {
      bool starts = at == 0 || !isalnum(static_cast<unsigned char>(name[at - 1]));
      size_t end = at + w.size();
      bool ends = end == name.size() || !isalnum(static_cast<unsigned char>(name[end]));
      if (starts && ends) return std::string(w);
    }
  }
  return {};
}

// Contributor lines name people as often as agencies; only agencies are credits.
std::vector<std::string> WiresOnly(const std::vector<std::string>& names) {
  std::vector<std::string> wires;
  for (const std::string& n : names) {
    std::string wire = KnownWire(n);
    if (!wire.empty()) wires.push_back(wire);
  }
  return wires;
}

bool StartsWithAny(std::string_view lower, std::initializer_list<std::string_view> prefixes,
                   size_t* length = nullptr) {
  for (std::string_view p : prefixes) {
    if (lower.starts_with(p)) {
      if (length != nullptr) *length = p.size();
      return true;
    }
  }
  return false;
}

}  // namespace

CreditLine ClassifyCreditLine(std::string_view line) {
  line = TrimSpace(line);
  return ClassifyCreditLine(line, CountWords(line));
}

CreditLine ClassifyCreditLine(std::string_view line, size_t words) {
  if (line.empty() || words > kMaxContributorWords) return {};
  // Most lines are long sentences: look for the contributor tail before lower-casing.
  std::string_view ending = line.substr(line.size() > 48 ? line.size() - 48 : 0);
  if (ending.find("ontribut") != std::string_view::npos) {
    std::string lower = LowerAscii(line);
    for (std::string_view tail : {" contributed to this report", " contributed to this story",
                                  " contributed reporting"}) {
      size_t at = lower.find(tail);
      if (at != std::string::npos) return {CreditKind::kSource, WiresOnly(SplitSources(line.substr(0, at)))};
    }
  }
  // A bracketed wire byline ("(Reporting by A, B and C; Editing by D)") may list
  // many names and run into page text; its opening alone identifies it.
  if (line.starts_with('(') || line.starts_with("-LRB- ")) {
    std::string head = LowerAscii(line.substr(line[0] == '(' ? 1 : 6, 32));
    if (StartsWithAny(head, {"reporting by ", "additional reporting by ", "editing by ", "writing by ",
                             "compiled by "})) {
      return {CreditKind::kByline, {}};
    }
  }
  if (words > kMaxCreditWords) return {};
  // A line that is nothing but an agency's name: "(Reuters)", "/TASS/", "-- AP".
  if (words <= 4) {
    std::string_view bare = line;
    while (!bare.empty() && std::string_view("()/-. \u2014").find(bare.front()) != std::string_view::npos) bare.remove_prefix(1);
    while (!bare.empty() && std::string_view("()/-. ").find(bare.back()) != std::string_view::npos) bare.remove_suffix(1);
    std::string wire = KnownWire(bare);
    if (!wire.empty() && wire.size() == bare.size()) return {CreditKind::kSource, {wire}};
  }
  // Every lead-in below starts with one of these letters; most lines stop here.
  std::string_view first = line.starts_with("-LRB- ") ? line.substr(6) : line.starts_with('(') ? line.substr(1) : line;
  char initial = static_cast<char>(first.empty() ? 0 : (first[0] | 0x20));
  bool may_lead = !first.empty() && std::string_view("abcefioprsw\xE2").find(initial) != std::string_view::npos;
  if (!may_lead && line.find("ights reserved") == std::string_view::npos) return {};
  std::string lower = LowerAscii(line);
  std::string_view l = lower;
  if (l.starts_with("(") || l.starts_with("-lrb- ")) l.remove_prefix(l[0] == '(' ? 1 : 6);
  if (lower.find("all rights reserved") != std::string::npos) return {CreditKind::kCopyright, {}};
  size_t prefix = 0;
  if (StartsWithAny(l, {"based on materials from ", "based on materials of ",
                        "based on material from ", "based on reports from ", "based on reporting by ",
                        "source: ", "sources: ", "with inputs from ", "with input from ",
                        "compiled from ", "courtesy of ", "originally published by ",
                        "originally published in ", "with reporting from "}, &prefix)) {
    size_t skipped = lower.size() - l.size();
    return {CreditKind::kSource, SplitSources(line.substr(skipped + prefix))};
  }
  if (StartsWithAny(l, {"photo:", "photos:", "photo by ", "photo credit", "photograph:",
                        "photograph by ", "image:", "images:", "image credit", "picture:",
                        "illustration:", "credit:", "file photo", "photo/", "photo -", "pictured:"})) {
    return {CreditKind::kPhoto, {}};
  }
  if (StartsWithAny(l, {"reporting by ", "editing by ", "writing by ", "additional reporting by ",
                        "written by ", "edited by "}) ||
      (l.starts_with("by ") && CountWords(line) <= 6)) {
    return {CreditKind::kByline, {}};
  }
  if (StartsWithAny(l, {"copyright ", "\xC2\xA9", "c) "})) {
    return {CreditKind::kCopyright, {}};
  }
  return {};
}

const char* CreditReason(CreditKind kind) {
  switch (kind) {
    case CreditKind::kPhoto: return "photo-credit";
    case CreditKind::kSource: return "source-credit";
    case CreditKind::kByline: return "byline";
    case CreditKind::kCopyright: return "copyright";
    case CreditKind::kNone: break;
  }
  return "";
}

}  // namespace storyline
