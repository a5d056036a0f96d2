#include "dedup/tools/original_filter.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "dedup/shingle.h"

namespace storyline::dedup {
namespace {

// Returns the kept text that text `i` duplicates, or SIZE_MAX.
size_t FindDuplicate(const std::vector<uint64_t>& set, const std::vector<std::vector<uint64_t>>& sets,
                     const std::unordered_map<uint64_t, std::vector<uint32_t>>& postings,
                     const OriginalFilterOptions& options) {
  std::unordered_map<uint32_t, uint32_t> common;
  for (uint64_t s : set) {
    auto it = postings.find(s);
    if (it == postings.end()) continue;
    for (uint32_t doc : it->second) ++common[doc];
  }
  for (const auto& [doc, n] : common) {
    double a = static_cast<double>(set.size()), b = static_cast<double>(sets[doc].size());
    double jaccard = n / (a + b - n), containment = n / std::min(a, b);
    if (jaccard >= options.jaccard || containment >= options.containment) return doc;
  }
  return SIZE_MAX;
}

}  // namespace

std::vector<bool> KeepDistinctOriginals(const std::vector<std::string>& texts, const OriginalFilterOptions& options,
                                        std::vector<size_t>* dropped_for) {
  std::vector<bool> keep(texts.size(), true);
  std::vector<std::vector<uint64_t>> sets(texts.size());
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;  // shingle -> kept texts holding it
  for (size_t i = 0; i < texts.size(); ++i) {
    sets[i] = ShingleSet(texts[i], 3);
    size_t dup = FindDuplicate(sets[i], sets, postings, options);
    if (dup != SIZE_MAX) {
      keep[i] = false;
      if (dropped_for) dropped_for->push_back(dup);
      sets[i].clear();
      continue;
    }
    for (uint64_t s : sets[i]) postings[s].push_back(static_cast<uint32_t>(i));
  }
  return keep;
}

}  // namespace storyline::dedup
