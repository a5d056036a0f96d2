// Extractive multi-source summary of one event: a few sentences from its
// articles that together lie closest to the event's centroid (greedy
// summary-centroid selection), with near-repeats removed. Each sentence keeps
// its span in the article it was taken from and lists, as sources, every
// article that says the same thing (a sentence of cosine >= same_similarity).
#ifndef STORYLINE_SUMMARY_EVENT_SUMMARY_H_
#define STORYLINE_SUMMARY_EVENT_SUMMARY_H_

#include <string>
#include <vector>

#include "storyline/model.h"
#include "summary/article_text.h"

namespace storyline {

struct SummaryOptions {
  // Sentences in the summary at most.
  size_t max_sentences = 3;
  // Only the first `lead_sentences` of each article are candidates: news puts
  // what happened first. 0 = every sentence.
  size_t lead_sentences = 8;
  // Candidates shorter or longer than this many words are skipped (headlines,
  // datelines, run-on captions).
  size_t min_words = 6;
  size_t max_words = 60;
  // Cosine above which a candidate repeats a chosen sentence and is skipped.
  double max_similarity = 0.5;
  // Cosine at or above which another article's sentence counts as saying the
  // same as a chosen one, making that article a source.
  double same_similarity = 0.7;
};

// Summary of the event `event_id` over `articles` (any order). Articles with
// no usable sentence contribute nothing; no articles give an empty summary.
EventSummary SummarizeEvent(const std::string& event_id, const std::vector<ArticleText>& articles,
                            const SummaryOptions& options = {});

}  // namespace storyline

#endif  // STORYLINE_SUMMARY_EVENT_SUMMARY_H_
