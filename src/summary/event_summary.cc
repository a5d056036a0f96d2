#include "summary/event_summary.h"

#include <algorithm>

#include "summary/centroid_select.h"
#include "summary/sentence_vectors.h"
#include "summary/word_count.h"

namespace storyline {
namespace {

struct Candidate {
  size_t article;  // index into the articles
  Span span;
  std::string_view text;
};

std::vector<Candidate> CollectCandidates(const std::vector<ArticleText>& articles,
                                         const SummaryOptions& options) {
  std::vector<Candidate> out;
  for (size_t a = 0; a < articles.size(); ++a) {
    std::vector<Span> spans = SentencesOf(articles[a]);
    if (options.lead_sentences > 0 && spans.size() > options.lead_sentences) {
      spans.resize(options.lead_sentences);
    }
    for (const Span& s : spans) {
      std::string_view text = s.In(articles[a].text);
      size_t words = CountWords(text);
      if (words < options.min_words || words > options.max_words) continue;
      out.push_back({a, s, text});
    }
  }
  return out;
}

// Every article with a candidate that says the same as candidate `c`, in
// input order, `c`'s own article included.
std::vector<std::string> SourcesOf(size_t c, const std::vector<Candidate>& candidates,
                                   const std::vector<SparseVector>& vectors,
                                   const std::vector<ArticleText>& articles, double same) {
  std::vector<bool> cites(articles.size(), false);
  cites[candidates[c].article] = true;
  for (size_t o = 0; o < candidates.size(); ++o) {
    if (!cites[candidates[o].article] && Dot(vectors[c], vectors[o]) >= same) {
      cites[candidates[o].article] = true;
    }
  }
  std::vector<std::string> ids;
  for (size_t a = 0; a < articles.size(); ++a) {
    if (cites[a]) ids.push_back(articles[a].id);
  }
  return ids;
}

}  // namespace

EventSummary SummarizeEvent(const std::string& event_id, const std::vector<ArticleText>& articles,
                            const SummaryOptions& options) {
  EventSummary summary;
  summary.event = event_id;
  std::vector<Candidate> candidates = CollectCandidates(articles, options);
  if (candidates.empty()) return summary;
  std::vector<std::string_view> texts;
  for (const Candidate& c : candidates) texts.push_back(c.text);
  std::vector<SparseVector> vectors = VectorizeSentences(texts);

  std::vector<size_t> all(vectors.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::vector<const SparseVector*> pointers;
  for (const SparseVector& v : vectors) pointers.push_back(&v);
  CentroidSelectOptions select;
  select.max_sentences = options.max_sentences;
  select.max_similarity = options.max_similarity;
  for (size_t c : SelectByCentroid(pointers, SumOf(vectors, all), nullptr, select)) {
    SummarySentence s;
    s.article = articles[candidates[c].article].id;
    s.span = candidates[c].span;
    s.text = std::string(candidates[c].text);
    s.sources = SourcesOf(c, candidates, vectors, articles, options.same_similarity);
    summary.sentences.push_back(std::move(s));
  }
  return summary;
}

}  // namespace storyline
