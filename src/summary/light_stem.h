// A light English stemmer for sentence similarity: strips one inflectional
// ending (-ing, -ed, -es, -s) from words long enough to keep a stem of four
// letters or more, so "spills", "spilled" and "spilling" meet "spill".
// Deliberately cruder than Porter: it never touches derivational suffixes,
// so unrelated words are rarely merged.
#ifndef STORYLINE_SUMMARY_LIGHT_STEM_H_
#define STORYLINE_SUMMARY_LIGHT_STEM_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace storyline {

// The stem of a folded (lower-case) word: a prefix of it.
std::string_view LightStem(std::string_view folded_word);

// As ContentTerms (text/term_stats.h), with each word stemmed.
std::vector<uint64_t> StemmedContentTerms(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_SUMMARY_LIGHT_STEM_H_
