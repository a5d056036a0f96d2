#include "dedup/align.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "dedup/shingle.h"

namespace storyline {
namespace {

using dedup::WordHash;

// A maximal run of equal words: copy[c, c + len) == original[o, o + len).
struct Run {
  size_t c = 0, o = 0, len = 0;
};

uint64_t GramHash(const std::vector<WordHash>& words, size_t at, int n) {
  uint64_t h = 0;
  for (int k = 0; k < n; ++k) h = (h ^ words[at + k].hash) * 0x9E3779B97F4A7C15ULL;
  return h;
}

// (n-gram hash, position) pairs of the original, sorted for binary search.
std::vector<std::pair<uint64_t, uint32_t>> GramIndex(const std::vector<WordHash>& words, int n) {
  std::vector<std::pair<uint64_t, uint32_t>> index;
  for (size_t i = 0; i + n <= words.size(); ++i) index.emplace_back(GramHash(words, i, n), i);
  std::sort(index.begin(), index.end());
  return index;
}

// The longest run starting at copy position `c` among the original positions
// that share its seed n-gram (len 0 when none).
Run LongestRunAt(const std::vector<WordHash>& copy, const std::vector<WordHash>& original,
                 const std::vector<std::pair<uint64_t, uint32_t>>& index, size_t c,
                 const AlignOptions& options) {
  uint64_t h = GramHash(copy, c, options.seed_words);
  auto lo = std::lower_bound(index.begin(), index.end(), std::make_pair(h, uint32_t{0}));
  auto hi = lo;
  while (hi != index.end() && hi->first == h) ++hi;
  Run best;
  if (hi - lo > options.max_occurrences) return best;
  for (auto it = lo; it != hi; ++it) {
    size_t o = it->second, len = 0;
    while (c + len < copy.size() && o + len < original.size() &&
           copy[c + len].hash == original[o + len].hash) {
      ++len;
    }
    if (len > best.len) best = Run{c, o, len};
  }
  if (best.len < static_cast<size_t>(options.seed_words)) best.len = 0;
  return best;
}

std::vector<Run> FindRuns(const std::vector<WordHash>& copy, const std::vector<WordHash>& original,
                          const AlignOptions& options) {
  std::vector<Run> runs;
  auto index = GramIndex(original, options.seed_words);
  for (size_t c = 0; c + options.seed_words <= copy.size();) {
    Run run = LongestRunAt(copy, original, index, c, options);
    if (run.len == 0) { ++c; continue; }
    runs.push_back(run);
    c += run.len;
  }
  return runs;
}

}  // namespace

std::vector<SharedPassage> AlignPassages(std::string_view copy_text, std::string_view original_text,
                                         const AlignOptions& options) {
  AlignOptions o = options;
  o.seed_words = std::max(1, o.seed_words);
  std::vector<WordHash> copy = dedup::WordHashes(copy_text);
  std::vector<WordHash> original = dedup::WordHashes(original_text);
  std::vector<Run> runs = FindRuns(copy, original, o);
  std::vector<SharedPassage> passages;
  size_t i = 0;
  while (i < runs.size()) {
    // Group runs [i, j) that merge; track the original's end separately
    // because merged runs may skip a different number of words in each text.
    size_t j = i + 1;
    size_t c_end = runs[i].c + runs[i].len, o_end = runs[i].o + runs[i].len;
    while (j < runs.size()) {
      const Run& r = runs[j];
      if (r.c < c_end || r.o < o_end) break;
      if (r.c - c_end > static_cast<size_t>(o.max_gap_words) ||
          r.o - o_end > static_cast<size_t>(o.max_gap_words)) {
        break;
      }
      c_end = r.c + r.len;
      o_end = r.o + r.len;
      ++j;
    }
    size_t c_begin = runs[i].c, o_begin = runs[i].o;
    if (c_end - c_begin >= static_cast<size_t>(std::max(1, o.min_words))) {
      passages.push_back(SharedPassage{Span{copy[c_begin].span.begin, copy[c_end - 1].span.end},
                                       Span{original[o_begin].span.begin, original[o_end - 1].span.end}});
    }
    i = j;
  }
  return passages;
}

}  // namespace storyline
