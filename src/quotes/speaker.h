// Who said a quotation: the reporting verb near it and that verb's subject.
//
// First after the closing mark, within its sentence: `," he said`,
// `," Lavrov stressed`, `," the document says`, `," said the Russian
// diplomatic mission`. Else before the opening mark, within its sentence:
// `According to X, "..."`, `X said: "..."`, `The minister also voiced hope
// that ... "..."` (partial quotes). The subject is then resolved: a named
// mention inside it gives its name and entity; he/she gives the nearest person
// named before the quotation outside any quotation whose gender (gender.h)
// does not contradict the pronoun, preferring one whose gender matches it; a noun phrase naming a
// role ("the minister") gives the nearest person whose title holds that word;
// any other noun phrase ("the document", "the ministry") is kept as written,
// linked to the nearest organization whose name ends with its head word.
#ifndef STORYLINE_QUOTES_SPEAKER_H_
#define STORYLINE_QUOTES_SPEAKER_H_

#include <string>
#include <string_view>
#include <vector>

#include "quotes/gender.h"
#include "quotes/quote_marks.h"
#include "storyline/model.h"

namespace storyline {

struct SpeakerOptions {
  // How far (bytes) the attribution may lie from the quotation marks, within
  // the sentence. Default 200.
  size_t max_window = 200;
  // At most this many words between the quotation and the reporting verb
  // (`," Russian Foreign Minister Sergey Lavrov said`). Default 8.
  size_t max_subject_words = 8;
};

struct SpeakerGuess {
  std::string speaker;  // name as written (resolved for pronouns), or a source; "" if none
  std::string entity;   // entity id of the speaker, or ""
  std::string cue;      // the reporting verb as written ("said", "according to")
};

// Attributes quotation `q` of `text`. `quotes` are all quotations of the text
// (pronouns never resolve to names inside them); `mentions` are the text's
// entity mentions in order, resolved or not; `genders` (optional) those of
// the article's persons.
SpeakerGuess FindSpeaker(std::string_view text, const QuotedSpan& q,
                         const std::vector<QuotedSpan>& quotes,
                         const std::vector<Mention>& mentions, const SpeakerOptions& options = {},
                         const PersonGenders* genders = nullptr);

// True for reporting verbs ("said", "stressed", "told", "adds", "voiced").
bool IsReportingVerb(std::string_view folded_word);

}  // namespace storyline

#endif  // STORYLINE_QUOTES_SPEAKER_H_
