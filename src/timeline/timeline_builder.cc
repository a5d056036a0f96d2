#include "timeline/timeline_builder.h"

#include <algorithm>
#include <climits>
#include <string_view>

#include "summary/centroid_select.h"
#include "summary/sentence_vectors.h"
#include "timeline/iso_day.h"
#include "timeline/sentence_filter.h"

namespace storyline {
namespace {

struct Window {
  int32_t first = INT32_MIN;
  int32_t last = INT32_MAX;
  bool Contains(int32_t day) const { return day >= first && day <= last; }
};

Window WindowOf(const TimelineOptions& options) {
  Window w;
  if (auto d = ParseIsoDay(options.start)) w.first = *d;
  if (auto d = ParseIsoDay(options.end)) w.last = *d;
  return w;
}

// Sentences of articles published inside the window (or undated) take part.
std::vector<bool> ActiveSentences(const std::vector<DatedSentence>& sentences, const Window& w) {
  std::vector<bool> active(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    auto day = ParseIsoDay(sentences[i].pub_date);
    active[i] = !day || w.Contains(*day);
  }
  return active;
}

// TF-IDF over the active sentences; inactive ones get empty vectors.
std::vector<SparseVector> VectorizeActive(const std::vector<DatedSentence>& sentences,
                                          const std::vector<bool>& active, size_t threads) {
  std::vector<std::string_view> texts;
  std::vector<size_t> where;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (active[i]) texts.push_back(sentences[i].text), where.push_back(i);
  }
  std::vector<SparseVector> compact = VectorizeSentences(texts, threads);
  std::vector<SparseVector> vectors(sentences.size());
  for (size_t k = 0; k < where.size(); ++k) vectors[where[k]] = std::move(compact[k]);
  return vectors;
}

// The day's sources, as ids in input order: the articles of the chosen
// sentences, every article with a sentence naming the day, and articles whose
// undated lead sentence for the day is similar to a chosen one.
std::vector<std::string> SourcesOf(int32_t day, const std::vector<size_t>& chosen,
                                   const DayCandidateIndex& index,
                                   const std::vector<DatedSentence>& sentences,
                                   const std::vector<SparseVector>& vectors,
                                   const std::vector<TimelineInput>& articles, double support) {
  std::vector<bool> cites(articles.size(), false);
  if (auto it = index.mentioned.find(day); it != index.mentioned.end()) {
    for (size_t m : it->second) cites[sentences[m].article_index] = true;
  }
  auto pub = index.published.find(day);
  for (size_t c : chosen) {
    cites[sentences[c].article_index] = true;
    if (pub == index.published.end()) continue;
    for (size_t o : pub->second) {
      if (Dot(vectors[c], vectors[o]) >= support) cites[sentences[o].article_index] = true;
    }
  }
  std::vector<std::string> ids;
  for (size_t a = 0; a < articles.size(); ++a) {
    if (cites[a]) ids.push_back(articles[a].id);
  }
  return ids;
}

// True when `v` says what a sentence already chosen for another day says.
bool RepeatsEarlierDay(const SparseVector& v, const std::vector<size_t>& used,
                       const std::vector<SparseVector>& vectors, double max_similarity) {
  for (size_t u : used) {
    if (Dot(v, vectors[u]) > max_similarity) return true;
  }
  return false;
}

DateRankOptions RankOptionsOf(const TimelineOptions& options, const Window& w) {
  DateRankOptions r;
  r.weights = options.date_weights;
  r.first_mention_only = options.candidates.first_mention_only;
  r.first_day = w.first;
  r.last_day = w.last;
  return r;
}

}  // namespace

std::vector<TimelineDate> BuildTimelineDates(const std::vector<TimelineInput>& articles,
                                             const DateTaggerFn& tagger,
                                             const TimelineOptions& options) {
  const std::vector<DatedSentence> sentences = CollectDatedSentences(articles, tagger);
  const Window window = WindowOf(options);
  const std::vector<bool> active = ActiveSentences(sentences, window);
  const std::vector<SparseVector> vectors = VectorizeActive(sentences, active, options.threads);
  const std::vector<DateStats> ranked = RankDates(sentences, active, RankOptionsOf(options, window));
  const DayCandidateIndex index = IndexCandidates(sentences, active, options.candidates);
  const SentenceFilter filter(options.query_terms, options.min_words, options.max_words);
  const CentroidSelectOptions select{options.sentences_per_date, options.max_similarity};

  std::vector<TimelineDate> timeline;
  std::vector<size_t> used;  // sentences chosen for earlier (higher-ranked) days
  for (const DateStats& day : ranked) {
    if (timeline.size() >= options.max_dates) break;
    std::vector<size_t> candidates = CandidatesForDay(day.day, index, vectors, options.candidates);
    std::vector<const SparseVector*> pointers;
    for (size_t c : candidates) pointers.push_back(&vectors[c]);
    auto allowed = [&](size_t k) {
      return filter.Allows(sentences[candidates[k]].text) &&
             !RepeatsEarlierDay(vectors[candidates[k]], used, vectors, options.max_similarity_across_days);
    };
    std::vector<size_t> chosen;
    for (size_t k : SelectByCentroid(pointers, SumOf(vectors, candidates), allowed, select)) {
      chosen.push_back(candidates[k]);
    }
    if (chosen.empty()) continue;
    TimelineDate entry{FormatIsoDay(day.day), day.score, {}, {}};
    for (size_t c : chosen) entry.sentences.push_back(sentences[c]);
    used.insert(used.end(), chosen.begin(), chosen.end());
    entry.articles = SourcesOf(day.day, chosen, index, sentences, vectors, articles,
                               options.support_similarity);
    timeline.push_back(std::move(entry));
  }
  std::sort(timeline.begin(), timeline.end(),
            [](const TimelineDate& a, const TimelineDate& b) { return a.date < b.date; });
  return timeline;
}

std::vector<TimelineEntry> BuildTimeline(const std::vector<TimelineInput>& articles,
                                         const DateTaggerFn& tagger,
                                         const TimelineOptions& options) {
  std::vector<TimelineEntry> entries;
  for (TimelineDate& day : BuildTimelineDates(articles, tagger, options)) {
    TimelineEntry e;
    e.date = day.date;
    for (const DatedSentence& s : day.sentences) {
      if (!e.text.empty()) e.text += ' ';
      e.text += s.text;
    }
    e.articles = std::move(day.articles);
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace storyline
