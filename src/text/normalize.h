// Unicode normalization for matching: NFC for storage, and a "fold" that
// lower-cases and strips accents so "Çavuşoğlu" and "Cavusoglu" compare equal.
// Folding works per code point (ICU case mapping and NFD decomposition), so it
// is fast on ASCII and never changes the original text, only copies of it.
#ifndef STORYLINE_TEXT_NORMALIZE_H_
#define STORYLINE_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace storyline {

// NFC-normalizes UTF-8 text (invalid bytes become U+FFFD).
std::string NormalizeNfc(std::string_view text);

// Lower-case, accent-free form of `text` for comparisons ("Mevlüt" -> "mevlut").
// Typographic quotes and dashes map to their ASCII forms.
std::string Fold(std::string_view text);

// True when `text` starts with an upper-case letter (ICU u_isupper of its
// first code point; ASCII without decoding).
bool StartsUpperCase(std::string_view text);

// Folds one code point into `out` (appends zero or more bytes).
void AppendFolded(char32_t cp, std::string* out);

// Text normalized for exact-duplicate detection: folded, every run of
// non-alphanumeric characters collapsed to one space, trimmed.
std::string NormalizeForHash(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_TEXT_NORMALIZE_H_
