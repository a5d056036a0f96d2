// Step 1 of timeline building: every sentence of every article, with its
// publication day and the days it mentions. Dates come from a caller-supplied
// temporal tagger run once per article with the publication date as anchor,
// so "on Tuesday" resolves against the day the article appeared; only
// day-granular values ("2010-04-20") tie a sentence to a day.
#ifndef STORYLINE_TIMELINE_DATED_SENTENCES_H_
#define STORYLINE_TIMELINE_DATED_SENTENCES_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/model.h"
#include "summary/article_text.h"

namespace storyline {

// What the timeline reads: an article with its publication date and sentences.
using TimelineInput = ArticleText;

// The temporal tagger: mentions in `text` resolved against `anchor`
// ("YYYY-MM-DD", "YYYY" or "" when unknown). Spans are offsets into `text`.
using DateTaggerFn =
    std::function<std::vector<DateMention>(std::string_view text, std::string_view anchor)>;

struct DatedSentence {
  std::string article;  // article id
  Span span;            // in the article's text, after any lead-in (lead_in.h)
  std::string text;
  std::string pub_date;  // the article's publication day, or ""
  // Day-granular ISO values mentioned in the sentence, in text order, unique.
  std::vector<std::string> mentioned_dates;
  size_t article_index = 0;  // index into the input articles
  size_t position = 0;       // index of the sentence within its article
};

// The sentences of `articles` in input order. A null `tagger` yields no
// mentioned dates (publication dates only).
std::vector<DatedSentence> CollectDatedSentences(const std::vector<TimelineInput>& articles,
                                                 const DateTaggerFn& tagger);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_DATED_SENTENCES_H_
