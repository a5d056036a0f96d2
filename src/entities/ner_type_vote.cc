#include "entities/ner_type_vote.h"

#include <array>
#include <string>
#include <unordered_map>

#include "entities/ner_tags.h"

namespace storyline {
namespace {

// B tag of a type index 0..3 (PER, ORG, LOC, MISC); I is B + 1.
constexpr int kBeginTag[4] = {kTagBPer, kTagBOrg, kTagBLoc, kTagBMisc};

int TypeIndex(int tag) { return tag == kTagO ? -1 : (tag - 1) / 2; }

struct Occurrence {
  size_t sentence, begin, end;
};

// "KSC" for "Kennedy Space Center": the capitals of the name's words.
std::string Initials(const std::vector<std::string_view>& raw, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!raw[i].empty() && raw[i][0] >= 'A' && raw[i][0] <= 'Z') out.push_back(raw[i][0]);
  }
  return out;
}

}  // namespace

void VoteMentionTypes(const std::vector<std::vector<std::string_view>>& raw,
                      const std::vector<std::vector<std::string_view>>& folded, std::vector<std::vector<int>>* tags) {
  std::unordered_map<std::string, std::array<int, 4>> votes;
  std::unordered_map<std::string, std::vector<Occurrence>> occurrences;
  std::unordered_map<std::string, std::string> acronym_of;  // acronym key -> name key
  for (size_t s = 0; s < tags->size(); ++s) {
    const std::vector<int>& t = (*tags)[s];
    for (size_t i = 0; i < t.size();) {
      int type = TypeIndex(t[i]);
      if (type < 0) { ++i; continue; }
      size_t end = i + 1;
      while (end < t.size() && t[end] == kBeginTag[type] + 1) ++end;
      std::string key;
      for (size_t k = i; k < end; ++k) (key += folded[s][k]) += ' ';
      ++votes[key][type];
      occurrences[key].push_back({s, i, end});
      // "Name ( ACR )": the acronym votes with the name.
      if (end + 2 < t.size() && raw[s][end] == "(" && raw[s][end + 2] == ")" && end - i >= 2 &&
          Initials(raw[s], i, end) == raw[s][end + 1]) {
        acronym_of[std::string(folded[s][end + 1]) + ' '] = key;
      }
      i = end;
    }
  }
  for (const auto& [acronym, name] : acronym_of) {
    auto it = votes.find(acronym);
    if (it == votes.end()) continue;
    const std::array<int, 4>& name_votes = votes[name];
    for (int k = 0; k < 4; ++k) it->second[k] = name_votes[k] * 100;  // the name decides
  }
  for (const auto& [key, v] : votes) {
    int best = 0;
    for (int k = 1; k < 4; ++k) {
      if (v[k] > v[best]) best = k;
    }
    bool clear = true;
    for (int k = 0; k < 4; ++k) clear = clear && (k == best || v[k] < v[best]);
    if (!clear) continue;
    for (const Occurrence& o : occurrences[key]) {
      std::vector<int>& t = (*tags)[o.sentence];
      t[o.begin] = kBeginTag[best];
      for (size_t k = o.begin + 1; k < o.end; ++k) t[k] = kBeginTag[best] + 1;
    }
  }
}

}  // namespace storyline
