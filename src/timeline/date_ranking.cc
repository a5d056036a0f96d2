#include "timeline/date_ranking.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "timeline/iso_day.h"

namespace storyline {
namespace {

using DayMap = std::map<int32_t, DateStats>;

void CountMentions(const DatedSentence& s, const DateRankOptions& options, DayMap* days,
                   std::set<std::pair<int32_t, size_t>>* article_days) {
  for (const std::string& value : s.mentioned_dates) {
    if (auto day = ParseIsoDay(value)) {
      DateStats& stats = (*days)[*day];
      ++stats.mention_sentences;
      if (article_days->insert({*day, s.article_index}).second) ++stats.mention_articles;
    }
    if (options.first_mention_only) break;
  }
}

void CountPublications(const std::vector<DatedSentence>& sentences,
                       const std::vector<bool>& active, DayMap* days) {
  std::set<size_t> seen;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!active[i] || !seen.insert(sentences[i].article_index).second) continue;
    if (auto day = ParseIsoDay(sentences[i].pub_date)) {
      ++(*days)[*day].published;
      ++(*days)[*day - 1].published_next;
    }
  }
}

double Score(const DateStats& s, const DateWeights& w) {
  return w.mention_articles * s.mention_articles + w.mention_sentences * s.mention_sentences +
         w.published * s.published + w.published_next * s.published_next;
}

}  // namespace

std::vector<DateStats> RankDates(const std::vector<DatedSentence>& sentences,
                                 const std::vector<bool>& active, const DateRankOptions& options) {
  DayMap days;
  std::set<std::pair<int32_t, size_t>> article_days;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (active[i]) CountMentions(sentences[i], options, &days, &article_days);
  }
  CountPublications(sentences, active, &days);
  std::vector<DateStats> ranked;
  for (auto& [day, stats] : days) {
    if (day < options.first_day || day > options.last_day) continue;
    stats.day = day;
    stats.score = Score(stats, options.weights);
    if (stats.score > 0) ranked.push_back(stats);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const DateStats& a, const DateStats& b) { return a.score > b.score; });
  return ranked;
}

}  // namespace storyline
