// ArticleText: the view of an article that the summary and timeline stages
// read. Sentences are spans into `text`; when the list is empty the stages
// split `text` themselves (SplitSentences, one sentence a line at least).
#ifndef STORYLINE_SUMMARY_ARTICLE_TEXT_H_
#define STORYLINE_SUMMARY_ARTICLE_TEXT_H_

#include <string>
#include <vector>

#include "storyline/span.h"

namespace storyline {

struct ArticleText {
  std::string id;
  std::string published;  // ISO date "YYYY-MM-DD" (a longer ISO time is cut to the day), or ""
  std::string text;
  std::vector<Span> sentences;  // in `text`; empty = split on demand
};

// The sentence spans of `article`: its own, or SplitSentences(text) if it has none.
std::vector<Span> SentencesOf(const ArticleText& article);

}  // namespace storyline

#endif  // STORYLINE_SUMMARY_ARTICLE_TEXT_H_
