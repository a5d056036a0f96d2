// Pairing quotation marks in news text.
//
// Marks: straight " and typographic “ ” „ « » (and `` '' of Penn-Treebank
// tokenized corpora such as Timeline17). Typographic marks say which way
// they face; a straight mark opens after a space, bracket, dash or line start
// and closes before a space, punctuation or line end. A mark with spaces on
// both sides faces nowhere and is ignored: translated text uses it as a dash
// ("carrying out ” carried out and will continue to carry out ” coordination").
// A quotation that reaches the end of its paragraph unclosed continues when
// the next paragraph opens with a quotation mark (the convention for quotes
// across paragraphs), and is dropped otherwise. Single quotes are ignored:
// they are apostrophes too often. Pure function, thread-safe.
#ifndef STORYLINE_QUOTES_QUOTE_MARKS_H_
#define STORYLINE_QUOTES_QUOTE_MARKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/span.h"

namespace storyline {

struct QuotedSpan {
  Span outer;  // from the opening mark to the end of the closing mark
  Span inner;  // the quoted words, marks excluded
  // Inner spans of the paragraph breaks the quotation runs over, each from
  // the end of one paragraph's words to after the next paragraph's opening mark.
  std::vector<Span> breaks;
};

// Every paired quotation in `text`, in order; pairs never nest or overlap.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text);

// The quoted words of `q` as one string: paragraph breaks and their opening
// marks become one space; a trailing comma is dropped.
std::string QuotedText(std::string_view text, const QuotedSpan& q);

// True when `s` lies within one of `quotes` (marks included).
bool InsideQuotation(Span s, const std::vector<QuotedSpan>& quotes);

}  // namespace storyline

#endif  // STORYLINE_QUOTES_QUOTE_MARKS_H_
