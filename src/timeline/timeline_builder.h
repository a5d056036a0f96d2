// Timeline summarization: from a story's articles, the days that matter and,
// for each, the sentences that best say what happened, each day citing the
// articles that report it. Start here; the steps live beside this file:
//   1. dated_sentences.h  sentences with publication day and mentioned days
//   2. date_ranking.h     days ranked by how many articles mention them
//   3. date_candidates.h  sentences tied to a day (mention or publication)
//   4. summary/centroid_select.h  per day, the sentences nearest the day's
//      centroid, keyword-filtered, near-repeats removed.
// The design follows DATEWISE (Gholipour Ghalandari & Ifrim 2020). Pure
// function of its inputs; safe to call from several threads at once.
#ifndef STORYLINE_TIMELINE_TIMELINE_BUILDER_H_
#define STORYLINE_TIMELINE_TIMELINE_BUILDER_H_

#include <string>
#include <vector>

#include "storyline/model.h"
#include "timeline/date_candidates.h"
#include "timeline/date_ranking.h"
#include "timeline/dated_sentences.h"

namespace storyline {

struct TimelineOptions {
  // Days in the timeline at most, and sentences per day at most.
  size_t max_dates = 10;
  size_t sentences_per_date = 1;
  // The story's query words (folded on use). A chosen sentence must contain
  // a word starting with one of them; empty = no filter.
  std::vector<std::string> query_terms;
  // Only articles published in [start, end] are read and only days in it are
  // chosen (ISO days, "" = open). Benchmarks set it to the reference span.
  std::string start;
  std::string end;
  // Chosen sentences have between min_words and max_words words.
  size_t min_words = 5;
  size_t max_words = 80;
  // A sentence with cosine above this to one already chosen for the same day
  // is redundant; and above the second to one chosen for a higher-ranked day
  // (one report often repeats another day's news; near-copies are dropped,
  // looser overlap is allowed since a day's story legitimately recurs).
  double max_similarity = 0.5;
  double max_similarity_across_days = 0.8;
  // A day cites the articles of its chosen sentences, every article naming
  // the day, and articles whose undated lead sentence standing for the day
  // has at least this cosine with a chosen sentence.
  double support_similarity = 0.5;
  DateWeights date_weights;
  CandidateOptions candidates;
  // Threads for vectorizing a large story's sentences (0 = one per core);
  // the timeline does not depend on it.
  size_t threads = 1;
};

// One day of a timeline with the sentences chosen for it.
struct TimelineDate {
  std::string date;  // "YYYY-MM-DD"
  double score = 0;  // the day's rank score
  std::vector<DatedSentence> sentences;  // chosen, best first
  std::vector<std::string> articles;     // sources, input order
};

// The timeline with its chosen sentences, oldest day first.
std::vector<TimelineDate> BuildTimelineDates(const std::vector<TimelineInput>& articles,
                                             const DateTaggerFn& tagger,
                                             const TimelineOptions& options);

// Builds a dated timeline (oldest first) from articles; each entry's text is
// its chosen sentences joined by a space and each entry cites its articles.
std::vector<TimelineEntry> BuildTimeline(const std::vector<TimelineInput>& articles,
                                         const DateTaggerFn& tagger,
                                         const TimelineOptions& options);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_TIMELINE_BUILDER_H_
