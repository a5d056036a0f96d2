// The Article content hash, Hash64(NormalizeForHash(text)), with an ASCII fast
// path: NormalizeForHash folds through ICU one code point at a time, which is
// most of the cost of extraction on English text. For pure-ASCII text the fold is
// plain lower-casing and "alphanumeric" is [a-z0-9], so the same normalized
// string is built byte by byte; other text takes NormalizeForHash itself.
// (The fast path belongs in NormalizeForHash; it lives here until it moves.)
#ifndef STORYLINE_EXTRACT_CONTENT_HASH_H_
#define STORYLINE_EXTRACT_CONTENT_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lines.h"

namespace storyline {

// Equals NormalizeForHash(text) for every input.
std::string NormalizeForHashFast(std::string_view text);

// Hash64(NormalizeForHash(text)).
uint64_t ContentHash(std::string_view text);

// The same for an Article's text assembled from the kept `lines`: when every kept
// line is ASCII, NormalizeForHash(text) is their keys joined by spaces (all that
// lies between kept lines is whitespace), so no second pass over the text is needed.
uint64_t ContentHashOfLines(const std::vector<TextLine>& lines, std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_CONTENT_HASH_H_
