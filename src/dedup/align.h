// Passage alignment: which stretches of text a copy shares with its original,
// with byte offsets in both, so a UI can highlight copied paragraphs and shared
// quotations side by side.
//
// Method: both texts are split into folded words (shingle.h); every word
// n-gram of the copy that also occurs in the original seeds a run, which is
// extended word by word while the two texts agree (the longest extension wins
// when the n-gram occurs several times). Runs that follow each other in both
// texts with at most `max_gap_words` differing words between them (a light
// edit: a changed word, a dropped adjective) merge into one passage. Passages
// shorter than `min_words` words are dropped: a shared 3-word phrase ("the
// prime minister") is not a copied passage.
#ifndef STORYLINE_DEDUP_ALIGN_H_
#define STORYLINE_DEDUP_ALIGN_H_

#include <string_view>
#include <vector>

#include "storyline/model.h"

namespace storyline {

struct AlignOptions {
  int seed_words = 4;     // words in a seed n-gram
  int min_words = 8;      // shortest passage kept, in words of the copy
  int max_gap_words = 3;  // differing words bridged between two runs, in each text
  int max_occurrences = 32;  // seed n-grams repeated more often in the original are not used
};

// Shared passages between a copy and its original, in the copy's order.
// in_article spans index `copy_text`, in_original spans `original_text`; both
// begin at a word's first byte and end at a word's last byte.
std::vector<SharedPassage> AlignPassages(std::string_view copy_text, std::string_view original_text,
                                         const AlignOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_DEDUP_ALIGN_H_
