#include "extract/furniture.h"

#include <unordered_map>

#include "common/hash.h"
#include "extract/credits.h"
#include "extract/vocabulary.h"

namespace storyline {
namespace {

void MarkCredits(std::string_view raw, std::vector<TextLine>* lines, FurnitureFindings* findings) {
  for (TextLine& line : *lines) {
    if (line.removed != nullptr || line.words > kMaxContributorWords) continue;
    CreditLine credit = ClassifyCreditLine(line.span.In(raw), line.words);
    if (credit.kind == CreditKind::kNone) continue;
    line.removed = CreditReason(credit.kind);
    for (std::string& source : credit.sources) findings->credits.push_back(std::move(source));
  }
}

// Short lines of page interface ("Share this article", "Read more", "Advertisement"),
// recognized by how they start (on the line key): at most 8 words, or 3 when the
// opening is a single word.
void MarkInterfaceText(std::vector<TextLine>* lines) {
  static const std::string_view kOpenings[] = {
      "share this", "share on", "share", "subscribe", "sign up", "follow us", "read more",
      "click here", "advertisement", "related articles", "related stories", "related", "see also",
      "most read", "most popular", "recommended", "you may also like", "back to top", "skip to",
      "print this", "email this", "leave a comment", "comments", "accept cookies", "cookie"};
  for (TextLine& line : *lines) {
    if (line.removed != nullptr || line.words > 8 || line.key.empty()) continue;
    std::string_view key = line.key;
    for (std::string_view opening : kOpenings) {
      // A one-word opening ("share", "comments") needs a line of three words at most.
      if (opening.find(' ') == std::string_view::npos && line.words > 3) continue;
      bool at_word_end = key.size() == opening.size() || (key.size() > opening.size() && key[opening.size()] == ' ');
      if (key.starts_with(opening) && at_word_end) {
        line.removed = "interface-text";
        break;
      }
    }
  }
}

void MarkOutletRepeats(std::string_view raw, const OutletContext& context, const FurnitureOptions& options,
                       std::vector<TextLine>* lines) {
  if (context.stats == nullptr || context.outlet.empty()) return;
  OutletLineStats* stats = context.stats;
  const std::string& outlet = context.outlet;
  std::vector<uint64_t> hashes = LineHashes(raw, *lines);
  if (context.add_article) stats->AddArticle(outlet, hashes);
  size_t total = 0, repeated = 0;
  std::vector<bool> is_repeat(lines->size());
  for (size_t i = 0; i < lines->size(); ++i) {
    is_repeat[i] = stats->Count(outlet, hashes[i]) >= options.min_outlet_repeats;
    total += (*lines)[i].span.size();
    repeated += is_repeat[i] ? (*lines)[i].span.size() : 0;
  }
  bool copy = static_cast<double>(repeated) > options.copy_share * static_cast<double>(total);
  for (size_t i = 0; i < lines->size(); ++i) {
    TextLine& line = (*lines)[i];
    if (!is_repeat[i] || line.removed != nullptr || (copy && line.body_like())) continue;
    line.removed = "outlet-boilerplate";
  }
}

// Finds later lines equal to, or a prefix of, an earlier line in O(lines): earlier
// keys are indexed by the hash of their first kPrefixBytes bytes (all of a shorter
// key), and each candidate found through the index is compared in full. A key
// shorter than kPrefixBytes thus matches only an equal earlier key.
constexpr size_t kPrefixBytes = 24;

void MarkRepeatedParagraphs(uint32_t min_words, std::vector<TextLine>* lines) {
  std::unordered_multimap<uint64_t, size_t> index;
  for (size_t i = 0; i < lines->size(); ++i) {
    // A shorter line cannot hold a longer one, so short lines need no index entry.
    TextLine& line = (*lines)[i];
    if (line.removed != nullptr || line.words < min_words || line.key.empty()) continue;
    std::string_view probe = std::string_view(line.key).substr(0, kPrefixBytes);
    uint64_t probe_hash = Hash64(probe);
    auto [first, last] = index.equal_range(probe_hash);
    for (auto it = first; it != last; ++it) {
      if (!(*lines)[it->second].key.starts_with(line.key)) continue;
      line.removed = it->second < 3 ? "repeated-lead" : "repeated-paragraph";
      break;
    }
    if (line.removed == nullptr) index.emplace(probe_hash, i);
  }
}

// Occurrences of the English articles "the", "a", "an" in a line key: headlines
// drop them, prose is full of them.
size_t CountArticles(std::string_view key) {
  size_t count = 0;
  for (size_t begin = 0; begin < key.size();) {
    size_t end = key.find(' ', begin);
    if (end == std::string_view::npos) end = key.size();
    std::string_view word = key.substr(begin, end - begin);
    count += word == "the" || word == "a" || word == "an";
    begin = end + 1;
  }
  return count;
}

bool Between(const std::vector<TextLine>& lines, size_t i) {
  return i > 0 && i + 1 < lines.size() && lines[i - 1].body_like() && lines[i + 1].body_like();
}

void MarkForeignLines(std::string_view raw, const FurnitureOptions& options,
                      std::vector<TextLine>* lines, FurnitureFindings* findings) {
  Vocabulary body;
  bool built = false;
  for (size_t i = 0; i < lines->size(); ++i) {
    TextLine& line = (*lines)[i];
    if (line.removed != nullptr || line.terminal || line.words < 2) continue;
    if (!built) {
      for (const TextLine& l : *lines) {
        if (l.removed == nullptr && l.body_like() && l.words >= 8) body.Add(l.span.In(raw));
      }
      built = true;
    }
    if (body.size() == 0) return;  // no body to compare with
    bool between = Between(*lines, i);
    double overlap = body.Overlap(line.span.In(raw));
    double bar = between ? options.foreign_overlap_between_body : options.foreign_overlap;
    size_t articles = CountArticles(line.key);
    bool prose = articles * 25 >= line.words;  // >= 4% articles: sentences, not headlines
    if (line.words >= options.headline_list_words && !line.inner_stop && !prose &&
        overlap < options.foreign_overlap) {
      line.removed = "headline-list";
    } else if (line.words <= options.outlet_name_max_words && line.capitalized == line.words &&
               !between && overlap < options.foreign_overlap) {
      line.removed = "outlet-name";
      if (findings->outlet_line.empty()) findings->outlet_line = std::string(line.span.In(raw));
    } else if (line.words >= 4 && line.words <= options.headline_max_words && overlap < bar &&
               articles < 2) {
      line.removed = "other-headline";
    }
  }
}

}  // namespace

std::vector<uint64_t> LineHashes(std::string_view raw, const std::vector<TextLine>& lines) {
  std::vector<uint64_t> hashes;
  hashes.reserve(lines.size());
  for (const TextLine& line : lines) hashes.push_back(Hash64(line.span.In(raw)));
  return hashes;
}

FurnitureFindings MarkFurniture(std::string_view raw, const OutletContext& outlet,
                                const FurnitureOptions& options, std::vector<TextLine>* lines) {
  FurnitureFindings findings;
  MarkCredits(raw, lines, &findings);
  MarkInterfaceText(lines);
  MarkOutletRepeats(raw, outlet, options, lines);
  MarkRepeatedParagraphs(options.min_repeat_words, lines);
  MarkForeignLines(raw, options, lines, &findings);
  return findings;
}

}  // namespace storyline
