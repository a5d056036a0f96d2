#include "entities/ner_tags.h"

#include <algorithm>
#include <cctype>

namespace storyline {
namespace {

constexpr const char* kNames[kNumNerTags] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

const char* NerTagName(int tag) { return tag >= 0 && tag < kNumNerTags ? kNames[tag] : "O"; }

const char* NerOutputTagName(int tag) { return tag == kTagBMisc || tag == kTagIMisc ? "O" : NerTagName(tag); }

int ParseNerTag(std::string_view name) {
  if (name == kUnknownNerTag) return kTagUnknown;
  for (int t = 0; t < kNumNerTags; ++t) {
    if (name == kNames[t]) return t;
  }
  return kTagO;
}

bool NerTransitionAllowed(int prev, int tag) {
  if (tag == kTagIPer || tag == kTagIOrg || tag == kTagILoc || tag == kTagIMisc) {
    return prev == tag || prev == tag - 1;  // I-X after B-X or I-X
  }
  return true;
}

std::string MapEntityLabel(std::string_view label) {
  std::string l = Lower(label);
  if (l == "per" || l == "person" || l == "politician" || l == "people") return "PER";
  if (l == "org" || l == "organisation" || l == "organization" || l == "politicalparty" ||
      l == "corporation" || l == "group") {
    return "ORG";
  }
  if (l == "loc" || l == "location" || l == "country" || l == "gpe" || l == "place") return "LOC";
  if (l == "misc" || l == "event" || l == "election" || l == "product" || l == "creative-work" ||
      l == "abstract" || l == "object" || l == "pro") {
    return "MISC";
  }
  return "";
}

std::vector<std::string> MapBioTags(const std::vector<std::string>& tags, bool keep_misc) {
  std::vector<std::string> out;
  out.reserve(tags.size());
  std::string prev_type;
  for (const std::string& tag : tags) {
    std::string type;
    char prefix = 'O';
    if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
      prefix = tag[0];
      type = MapEntityLabel(std::string_view(tag).substr(2));
      if (type == "MISC" && !keep_misc) type.clear();
    }
    if (type.empty()) {
      out.push_back("O");
    } else if (prefix == 'I' && type == prev_type) {
      out.push_back("I-" + type);
    } else {
      out.push_back("B-" + type);
    }
    prev_type = type;
  }
  return out;
}

void DropMiscTags(std::vector<std::string>* tags) {
  for (std::string& t : *tags) {
    if (t == "B-MISC" || t == "I-MISC") t = "O";
  }
}

EntityType EntityTypeOfLabel(std::string_view type) {
  if (type == "PER") return EntityType::kPerson;
  if (type == "ORG") return EntityType::kOrganization;
  if (type == "LOC") return EntityType::kPlace;
  return EntityType::kOther;
}

std::vector<TagSpan> SpansFromTags(const std::vector<std::string>& tags) {
  std::vector<TagSpan> spans;
  std::string open_type;
  for (size_t i = 0; i <= tags.size(); ++i) {
    std::string_view tag = i < tags.size() ? std::string_view(tags[i]) : std::string_view("O");
    char prefix = tag.size() > 2 && tag[1] == '-' ? tag[0] : 'O';
    std::string type = prefix == 'O' ? "" : std::string(tag.substr(2));
    bool continues = prefix == 'I' && type == open_type;
    if (!open_type.empty() && !continues) {
      spans.back().end = i;
      open_type.clear();
    }
    if (!type.empty() && !continues) {
      spans.push_back({i, i, type});
      open_type = type;
    }
  }
  return spans;
}

std::vector<TagSpan> SpansFromTagIds(const std::vector<int>& tags) {
  // Types are numbered 1 (PER) .. 4 (MISC): B-X = 2 * type - 1, I-X = 2 * type.
  static constexpr const char* kTypeNames[] = {"", "PER", "ORG", "LOC", "MISC"};
  std::vector<TagSpan> spans;
  int open_type = 0;
  for (size_t i = 0; i <= tags.size(); ++i) {
    int tag = i < tags.size() ? tags[i] : kTagO;
    int type = tag <= kTagO || tag >= kNumNerTags ? 0 : (tag + 1) / 2;
    bool continues = type != 0 && tag % 2 == 0 && type == open_type;
    if (open_type != 0 && !continues) {
      spans.back().end = i;
      open_type = 0;
    }
    if (type != 0 && !continues) {
      spans.push_back({i, i, kTypeNames[type]});
      open_type = type;
    }
  }
  return spans;
}

}  // namespace storyline
