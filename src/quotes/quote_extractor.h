// Direct quotations of one article with their speakers: the quotation marks
// are paired (quote_marks.h), short scare quotes dropped, and each quotation
// attributed (speaker.h). A quotation with no reporting verb in its sentence
// (a partial quote continuing a statement) inherits the speaker of the
// quotation just before it, when that one is in the same or the previous
// paragraph. A quotation split by its attribution is one quotation (Quote::parts).
// Pure function, thread-safe.
#ifndef STORYLINE_QUOTES_QUOTE_EXTRACTOR_H_
#define STORYLINE_QUOTES_QUOTE_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "quotes/speaker.h"
#include "storyline/model.h"

namespace storyline {

struct QuoteOptions {
  // Quotations of fewer words are scare quotes or titles ("'criminal
  // responsibility'"), not statements. Default 3.
  size_t min_words = 3;
  // Let an unattributed quotation take the previous quotation's speaker when
  // at most this many paragraph breaks lie between them; -1 never. Default 1.
  int inherit_speaker_paragraphs = 1;
  // Drop quoted names and titles: every word capitalized or a function word,
  // at most 8 words (`GSV "Russia - Islamic World"`). Default true.
  bool drop_title_case = true;
  // Keep quotations whose speaker stays unknown (speaker ""). Default true.
  bool keep_unattributed = true;
  // Join a quotation split by its attribution (`"A," he said, "B."`: between
  // the parts, in one sentence, a reporting verb and a closing comma, at most
  // `max_split_gap` bytes) into one. Default true, 120.
  bool join_split_quotes = true;
  size_t max_split_gap = 120;
  SpeakerOptions speaker;
};

// Direct quotations of one article with speakers (uses its mentions, in text
// order and preferably resolved, for speaker names, entities and he/she).
// Quote::id is left empty for QuoteLinker.
std::vector<Quote> ExtractQuotes(const std::string& article_id, std::string_view text,
                                 const std::vector<Mention>& mentions,
                                 const QuoteOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_QUOTES_QUOTE_EXTRACTOR_H_
