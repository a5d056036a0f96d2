// Counting words of a sentence, for length filters.
#ifndef STORYLINE_SUMMARY_WORD_COUNT_H_
#define STORYLINE_SUMMARY_WORD_COUNT_H_

#include <cstddef>
#include <string_view>

namespace storyline {

// Number of word and number tokens in `text` (punctuation not counted).
size_t CountWords(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_SUMMARY_WORD_COUNT_H_
