#include "quotes/quote_linker.h"

#include <algorithm>
#include <unordered_set>

#include "common/utf8.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

size_t SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) { ++shared; ++i; ++j; } else if (a[i] < b[j]) { ++i; } else { ++j; }
  }
  return shared;
}

// The first `n` code points of a folded word.
std::string Prefix(std::string_view word, size_t n) {
  size_t pos = 0;
  for (size_t k = 0; k < n && pos < word.size(); ++k) DecodeUtf8(word, &pos);
  return std::string(word.substr(0, pos));
}

size_t CountWords(std::string_view text) {
  size_t n = 0;
  ForEachWord(text, [&](Span, std::string_view) { ++n; });
  return n;
}

}  // namespace

std::vector<std::string> QuoteLinker::Stems(std::string_view text) const {
  std::vector<std::string> stems;
  ForEachWord(text, [&](Span, std::string_view norm) {
    if (norm.size() < 2 || IsStopWord(norm)) return;
    stems.push_back(Prefix(norm, options_.stem_length));
  });
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  return stems;
}

bool QuoteLinker::Matches(const Known& a, const Known& b) const {
  bool a_known = !a.speaker_entity.empty(), b_known = !b.speaker_entity.empty();
  if (a_known && b_known && a.speaker_entity != b.speaker_entity) return false;
  if (a.stems.empty() || b.stems.empty()) return false;
  double ratio = static_cast<double>(std::min(a.words, b.words)) /
                 static_cast<double>(std::max<size_t>(1, std::max(a.words, b.words)));
  if (ratio < options_.min_length_ratio) return false;
  double shared = static_cast<double>(SharedCount(a.stems, b.stems));
  double overlap = shared / static_cast<double>(std::min(a.stems.size(), b.stems.size()));
  double dice = 2 * shared / static_cast<double>(a.stems.size() + b.stems.size());
  if (a_known && b_known) {
    return overlap >= options_.overlap_same_speaker && dice >= options_.dice_same_speaker;
  }
  return overlap >= options_.overlap_unknown_speaker && dice >= options_.dice_unknown_speaker;
}

void QuoteLinker::Link(std::vector<Quote>* quotes) {
  for (Quote& q : *quotes) {
    Known k{"", q.speaker_entity, Stems(q.text), CountWords(q.text)};
    std::unordered_set<size_t> candidates;
    for (const std::string& s : k.stems) {
      auto it = by_stem_.find(s);
      if (it != by_stem_.end()) candidates.insert(it->second.begin(), it->second.end());
    }
    // Best match: the candidate sharing the most stems (earliest on ties).
    size_t best = known_.size(), best_shared = 0;
    for (size_t c : candidates) {
      if (!Matches(k, known_[c])) continue;
      size_t shared = SharedCount(k.stems, known_[c].stems);
      if (shared > best_shared || (shared == best_shared && c < best)) { best = c; best_shared = shared; }
    }
    k.id = best < known_.size() ? known_[best].id : "q" + std::to_string(next_id_++);
    q.id = k.id;
    for (const std::string& s : k.stems) by_stem_[s].push_back(known_.size());
    known_.push_back(std::move(k));
  }
}

}  // namespace storyline
