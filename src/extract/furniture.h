// Page furniture removal without per-site rules.
//
// Each non-blank line is judged on general evidence, in this order:
//   1. credit lines (credits.h): "Photo: X", "Based on materials from X"      -> credit reasons
//      short interface lines: "Share this article", "Read more", "Advertisement"
//                                                                            -> "interface-text"
//   2. repetition across the outlet: a line found in at least
//      `min_outlet_repeats` of the outlet's articles                         -> "outlet-boilerplate"
//      (when most of an article repeats, it is a copy of an earlier one, and
//      only its non-sentence repeated lines are removed)
//   3. a later line equal to, or a prefix of, an earlier line (loose form)   -> "repeated-lead" /
//                                                                               "repeated-paragraph"
//   4. shape and vocabulary of lines that do not end like a sentence, against
//      the body vocabulary (content-word stems of the sentence lines):
//      - a long line with no sentence end at all, foreign to the body, not
//        prose (under 4% of its words are the articles the/a/an)             -> "headline-list"
//      - 2-5 capitalized words, foreign to the body, not between two body
//        paragraphs (so a short subheading stays)                            -> "outlet-name"
//      - 4-25 words, foreign to the body (a stricter bar between two body
//        paragraphs), without the two or more articles (the/a/an) of prose   -> "other-headline"
// Metadata lines, titles and date lines are judged earlier by the Extractor.
#ifndef STORYLINE_EXTRACT_FURNITURE_H_
#define STORYLINE_EXTRACT_FURNITURE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lines.h"
#include "extract/outlet_stats.h"

namespace storyline {

struct FurnitureOptions {
  // A line in this many of an outlet's articles (this one included) is boilerplate.
  uint32_t min_outlet_repeats = 3;
  // Above this share of repeated bytes an article counts as a copy (see above).
  double copy_share = 0.8;
  // Shorter lines are never removed as repeats of an earlier paragraph.
  uint32_t min_repeat_words = 6;
  // Share of a line's content words found in the body below which it is foreign.
  double foreign_overlap = 0.5;
  // The same bar for lines that sit between two body paragraphs.
  double foreign_overlap_between_body = 0.34;
  // A line of at least this many words with no sentence end may be a headline list.
  uint32_t headline_list_words = 20;
  // Longest line judged as a headline of another article.
  uint32_t headline_max_words = 25;
  uint32_t outlet_name_max_words = 5;
};

struct FurnitureFindings {
  std::vector<std::string> credits;  // sources named by credit lines, in order
  std::string outlet_line;           // the first line removed as "outlet-name"
};

// Where an article's lines are counted for step 2.
struct OutletContext {
  std::string outlet;                // "" = unknown: step 2 is skipped
  OutletLineStats* stats = nullptr;  // null = no learning across articles
  bool add_article = true;           // false when this article was already counted
};

// The hashes under which `lines` are counted in OutletLineStats.
std::vector<uint64_t> LineHashes(std::string_view raw, const std::vector<TextLine>& lines);

// Marks furniture in `lines` (already removed lines are left as they are). With
// stats, this article's lines are first added under the outlet (unless already counted).
FurnitureFindings MarkFurniture(std::string_view raw, const OutletContext& outlet,
                                const FurnitureOptions& options, std::vector<TextLine>* lines);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_FURNITURE_H_
