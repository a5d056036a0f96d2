// WordNet's irregular inflections ("children" -> "child", "mice" -> "mouse"),
// which ROUGE-1.5.5 consults before its Porter stemmer when stemming (-m): a
// listed form is replaced by its base form and not stemmed further.
//
// ROUGE reads them from WordNet-2.0.exc.db; we ship the equivalent list from
// WordNet 3.0's *.exc files (data/wordnet_exceptions.txt), keeping only the
// lower-case alphanumeric forms longer than 3 characters, the only ones ROUGE
// can ever look up. WordNet 2.0 and 3.0 differ in a handful of rare forms.
#ifndef STORYLINE_TIMELINE_WORDNET_EXCEPTIONS_H_
#define STORYLINE_TIMELINE_WORDNET_EXCEPTIONS_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace storyline::timeline {

// The base form of an irregular `inflected` form, or nullopt. Thread-safe.
std::optional<std::string_view> WordNetBaseForm(std::string_view inflected);

// Distinct inflected forms on the list.
size_t WordNetExceptionCount();

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_WORDNET_EXCEPTIONS_H_
