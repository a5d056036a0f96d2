#include "quotes/quote_extractor.h"

#include <algorithm>

#include "quotes/quote_marks.h"
#include "quotes/speaker.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

size_t CountWords(std::string_view s) {
  size_t n = 0;
  ForEachWord(s, [&](Span, std::string_view) { ++n; });
  return n;
}

// "Russia - Islamic World", "Gone with the Wind": a name, not a statement.
bool IsTitleCase(std::string_view s) {
  size_t words = 0;
  bool all_capitalized = true;
  ForEachWord(s, [&](Span span, std::string_view norm) {
    ++words;
    unsigned char c = static_cast<unsigned char>(s[span.begin]);
    bool upper = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (!upper && !IsStopWord(norm)) all_capitalized = false;
  });
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);  // "The Game ."
  return all_capitalized && words <= 8 && s.find_first_of(".,;!?") == std::string_view::npos;
}

int ParagraphBreaksBetween(std::string_view text, size_t from, size_t to) {
  if (to <= from) return 0;
  std::string_view gap = text.substr(from, to - from);
  int breaks = 0;
  for (size_t pos = gap.find('\n'); pos != std::string_view::npos; pos = gap.find('\n', pos)) {
    ++breaks;
    pos = gap.find_first_not_of(" \t\r\n", pos);  // a run of blank lines is one break
  }
  return breaks;
}

// `"A," he said, "B."`: between the two quotations, within one sentence and
// paragraph, at most `max_gap` bytes holding a reporting verb and ending with
// a comma (or a colon) before the second opening mark.
bool IsSplitByAttribution(std::string_view text, const QuotedSpan& first, const QuotedSpan& second, size_t max_gap) {
  if (second.outer.begin < first.outer.end || second.outer.begin - first.outer.end > max_gap) return false;
  std::string_view gap = text.substr(first.outer.end, second.outer.begin - first.outer.end);
  if (gap.find_first_of(".!?\n") != std::string_view::npos) return false;
  while (!gap.empty() && (gap.back() == ' ' || gap.back() == '\t')) gap.remove_suffix(1);
  if (gap.empty() || (gap.back() != ',' && gap.back() != ':')) return false;
  bool verb = false;
  ForEachWord(gap, [&](Span, std::string_view norm) { verb = verb || IsReportingVerb(norm); });
  return verb;
}

}  // namespace

std::vector<Quote> ExtractQuotes(const std::string& article_id, std::string_view text,
                                 const std::vector<Mention>& mentions, const QuoteOptions& options) {
  std::vector<QuotedSpan> spans = FindQuotedSpans(text);
  PersonGenders genders(text, mentions, spans);
  std::vector<Quote> out;
  const QuotedSpan* previous = nullptr;
  for (size_t i = 0; i < spans.size(); ++i) {
    const QuotedSpan& q = spans[i];
    std::string words = QuotedText(text, q);
    // The second part of a split quotation joins the first.
    const QuotedSpan* second = nullptr;
    if (options.join_split_quotes && i + 1 < spans.size() &&
        IsSplitByAttribution(text, q, spans[i + 1], options.max_split_gap)) {
      second = &spans[++i];
      words += ' ';
      words += QuotedText(text, *second);
    }
    if (CountWords(words) < options.min_words) continue;
    if (options.drop_title_case && IsTitleCase(words)) continue;
    SpeakerGuess g = FindSpeaker(text, q, spans, mentions, options.speaker, &genders);
    if (g.speaker.empty() && !out.empty() && options.inherit_speaker_paragraphs >= 0 &&
        ParagraphBreaksBetween(text, previous->outer.end, q.outer.begin) <=
            options.inherit_speaker_paragraphs) {
      g.speaker = out.back().speaker;
      g.entity = out.back().speaker_entity;
    }
    if (g.speaker.empty() && !options.keep_unattributed) continue;
    Quote quote;
    quote.article = article_id;
    quote.span = q.inner;
    if (second != nullptr) {
      quote.span.end = second->inner.end;
      quote.parts = {q.inner, second->inner};
    }
    quote.text = std::move(words);
    quote.speaker = std::move(g.speaker);
    quote.speaker_entity = std::move(g.entity);
    quote.cue = std::move(g.cue);
    out.push_back(std::move(quote));
    previous = second != nullptr ? second : &q;
  }
  return out;
}

}  // namespace storyline
