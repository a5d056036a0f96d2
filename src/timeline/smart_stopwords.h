// ROUGE-1.5.5's stop list (option -s): the SMART information-retrieval system's
// common words plus a few news words (reuters, ap, month and weekday
// abbreviations...), as in ROUGE's data/smart_common_words.txt.
#ifndef STORYLINE_TIMELINE_SMART_STOPWORDS_H_
#define STORYLINE_TIMELINE_SMART_STOPWORDS_H_

#include <cstddef>
#include <string_view>

namespace storyline::timeline {

// True when `token` (lower case, as ROUGE tokenizes) is on the list. Thread-safe.
bool IsSmartStopWord(std::string_view token);

// Distinct entries on the list.
size_t SmartStopWordCount();

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_SMART_STOPWORDS_H_
