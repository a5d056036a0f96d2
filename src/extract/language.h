// A cheap language guess from function words: each of a few common languages
// has a short list of very frequent, distinctive words; the language whose words
// make up the largest share of the first kLanguageWords words (within the first
// kLanguageBytes bytes) wins if the share
// is clear. Good enough to route English text; not a general identifier.
#ifndef STORYLINE_EXTRACT_LANGUAGE_H_
#define STORYLINE_EXTRACT_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace storyline {

inline constexpr size_t kLanguageWords = 150;
inline constexpr size_t kLanguageBytes = 1200;  // only this much of the text is read

// ISO 639-1 code ("en", "fr", "de", "es", "it", "pt", "nl", "tr", "ru"), or "" when
// the text is too short or no language is clearly ahead.
std::string DetectLanguage(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_LANGUAGE_H_
