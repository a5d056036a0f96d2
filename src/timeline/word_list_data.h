// The raw text of the word lists ROUGE-1.5.5 ships, compiled into the library
// by eval.cmake from data/*.txt (see data/README.md for their origin):
//   SmartStopWordsText(): ROUGE's smart_common_words.txt, one word a line;
//   WordNetExceptionsText(): WordNet's irregular inflections, "inflected base"
//     a line, in the order ROUGE's exception database is built (adj, adv, noun,
//     verb; a later line wins), keeping only the forms ROUGE can look up.
// Use smart_stopwords.h and wordnet_exceptions.h instead of these.
#ifndef STORYLINE_TIMELINE_WORD_LIST_DATA_H_
#define STORYLINE_TIMELINE_WORD_LIST_DATA_H_

#include <string_view>

namespace storyline::timeline {

std::string_view SmartStopWordsText();
std::string_view WordNetExceptionsText();

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_WORD_LIST_DATA_H_
