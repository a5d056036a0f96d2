// Acronyms: the initials of a name ("Government of National Accord" -> "GNA",
// "UN Security Council" -> "UNSC", keeping all-caps words whole) and the
// definitions a text gives in the pattern "Long Name (ACR)". Pure functions.
#ifndef STORYLINE_ENTITIES_ACRONYM_H_
#define STORYLINE_ENTITIES_ACRONYM_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/span.h"

namespace storyline {

// The acronyms `name` may be written as, upper case: initials of its content
// words (function words like "of", "the", "and" skipped), then the variants
// with function-word initials kept and with a generic last word ("Company")
// dropped. Empty for names of one word that is not all capitals.
std::vector<std::string> AcronymsOf(std::string_view name);

// True when `token` looks like an acronym: 2-8 characters, at least two upper
// case letters, no lower case letter except a plural "s" ("GNA", "UNSC", "U.S.").
bool IsAcronymToken(std::string_view token);

// An acronym defined in a text: "Government of National Accord (GNA)".
struct AcronymDefinition {
  std::string acronym;    // "GNA" (dots removed)
  std::string long_form;  // "Government of National Accord"
  Span long_span;         // the long form in the text
  Span acronym_span;      // the acronym inside the brackets
};

// Every "Long Form (ACR)" in `text` whose long form spells the acronym, the
// long form being the shortest run of words before the bracket that does.
std::vector<AcronymDefinition> FindAcronymDefinitions(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_ACRONYM_H_
