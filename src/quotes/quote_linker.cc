#include "quotes/quote_linker.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "common/utf8.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

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

// n of "q<n>" (n > 0 and fits 32 bits), else 0.
uint32_t ParseQuoteId(std::string_view id) {
  if (id.size() < 2 || id.size() > 10 || id[0] != 'q' || id[1] == '0') return 0;
  uint64_t n = 0;
  for (char c : id.substr(1)) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  return n <= UINT32_MAX - 1 ? static_cast<uint32_t>(n) : 0;
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

bool QuoteLinker::Matches(const Known& a, const Known& b, size_t shared_stems) const {
  if (a.stems == 0 || b.stems == 0) return false;
  double ratio = static_cast<double>(std::min(a.words, b.words)) /
                 static_cast<double>(std::max<size_t>(1, std::max(a.words, b.words)));
  if (ratio < options_.min_length_ratio) return false;
  double shared = static_cast<double>(shared_stems);
  double overlap = shared / static_cast<double>(std::min(a.stems, b.stems));
  double dice = 2 * shared / static_cast<double>(a.stems + b.stems);
  if (a.speaker != 0 && b.speaker != 0) {
    return overlap >= options_.overlap_same_speaker && dice >= options_.dice_same_speaker &&
           a.speaker == b.speaker;
  }
  return overlap >= options_.overlap_unknown_speaker && dice >= options_.dice_unknown_speaker;
}

uint32_t QuoteLinker::SpeakerNumber(const std::string& entity) {
  if (entity.empty()) return 0;
  return speakers_.try_emplace(entity, static_cast<uint32_t>(speakers_.size()) + 1).first->second;
}

void QuoteLinker::IndexStem(const std::string& stem, uint32_t quote) {
  std::vector<uint32_t>& postings = by_stem_[stem];
  postings.push_back(quote);
  // Drop the older half at once when full, so trimming costs O(1) per posting.
  size_t cap = std::max<size_t>(2, options_.max_postings_per_stem);
  if (postings.size() > cap) {
    postings.erase(postings.begin(), postings.end() - static_cast<std::ptrdiff_t>(cap / 2));
  }
}

QuoteLinker::Known QuoteLinker::Describe(const Quote& q, const std::vector<std::string>& stems) {
  return Known{0, SpeakerNumber(q.speaker_entity), static_cast<uint32_t>(stems.size()),
               static_cast<uint32_t>(CountWords(q.text))};
}

void QuoteLinker::Remember(const std::vector<std::string>& stems, Known known) {
  for (const std::string& s : stems) IndexStem(s, static_cast<uint32_t>(known_.size()));
  known_.push_back(known);
}

void QuoteLinker::Readmit(const std::vector<Quote>& quotes) {
  for (const Quote& q : quotes) {
    uint32_t id = ParseQuoteId(q.id);
    if (id == 0) {
      std::vector<Quote> fresh = {q};
      Link(&fresh);
      continue;
    }
    std::vector<std::string> stems = Stems(q.text);
    Known k = Describe(q, stems);
    k.id = id;
    next_id_ = std::max(next_id_, id + 1);
    Remember(stems, k);
  }
}

void QuoteLinker::Link(std::vector<Quote>* quotes) {
  // Every match has at least this overlap (Matches).
  const double min_overlap = std::min(options_.overlap_same_speaker, options_.overlap_unknown_speaker);
  for (Quote& q : *quotes) {
    std::vector<std::string> stems = Stems(q.text);
    Known k = Describe(q, stems);
    // Stems shared with each candidate, counted in a dense array (one slot
    // per known quotation) and reset through the list of candidates touched.
    shared_.resize(known_.size(), 0);
    candidates_.clear();
    for (const std::string& s : stems) {
      auto it = by_stem_.find(s);
      if (it == by_stem_.end()) continue;
      for (uint32_t c : it->second) {
        if (shared_[c]++ == 0) candidates_.push_back(c);
      }
    }
    // Best match: the candidate sharing the most stems (earliest on ties).
    // Most candidates share a common word or two: a product rejects them
    // before Matches divides (the slack leaves cases at the threshold,
    // where rounding differs, to Matches).
    size_t best = known_.size(), best_shared = 0;
    for (uint32_t c : candidates_) {
      size_t n = shared_[c];
      shared_[c] = 0;
      const double least = min_overlap * std::min(k.stems, known_[c].stems) * (1 - 1e-9);
      if (static_cast<double>(n) < least || !Matches(k, known_[c], n)) continue;
      if (n > best_shared || (n == best_shared && c < best)) { best = c; best_shared = n; }
    }
    k.id = best < known_.size() ? known_[best].id : next_id_++;
    q.id = 'q' + std::to_string(k.id);
    Remember(stems, k);
  }
}

}  // namespace storyline
