#include "timeline/event_date.h"

#include <algorithm>
#include <map>
#include <set>

#include "summary/article_text.h"
#include "timeline/iso_day.h"

namespace storyline {
namespace {

struct Votes {
  std::map<std::string, std::set<size_t>> days;    // day -> voting articles
  std::map<std::string, std::string> range_end;    // day -> end of a range it opens (anywhere in the text)
  std::map<std::string, std::set<size_t>> coarse;  // month/year value -> articles
};

bool IsCoarse(const DateMention& m) {
  if (!m.resolved || m.value.empty() || m.value.find('X') != std::string::npos) return false;
  return m.granularity == DateGranularity::kMonth || m.granularity == DateGranularity::kYear;
}

// The days `article` names in its lead that fall in its look-back window.
void VoteArticle(size_t a, const TimelineInput& article, const DateTaggerFn& tagger,
                 const EventDateOptions& options, Votes* votes) {
  std::vector<Span> spans = SentencesOf(article);
  const uint32_t lead_end = spans.empty() ? 0
                            : spans[std::min(spans.size(), options.lead_sentences) - 1].end;
  const auto pub = ParseIsoDay(article.published);
  bool voted = false;
  if (tagger) {
    for (const DateMention& m : tagger(article.text, pub ? article.published.substr(0, 10) : "")) {
      auto day = ParseIsoDay(m.value);
      bool in_window = day && (!pub || (*day <= *pub && *day >= *pub - options.max_days_before));
      // A range in the window ("consultations on July 21-22") may date the
      // event even when only its last day is named in the lead.
      if (in_window && m.value.size() == 10 && ParseIsoDay(m.value_end)) votes->range_end.emplace(m.value, m.value_end);
      if (m.span.begin >= lead_end) continue;
      if (!day || m.value.size() != 10) {
        if (IsCoarse(m)) votes->coarse[m.value].insert(a);
        continue;
      }
      if (pub && (*day > *pub || *day < *pub - options.max_days_before)) continue;
      votes->days[m.value].insert(a);
      voted = true;
    }
  }
  if (!voted && pub) votes->days[FormatIsoDay(*pub)].insert(a);
}

// The key with most voters; ties go to the smaller (earlier) key.
const std::pair<const std::string, std::set<size_t>>* Winner(
    const std::map<std::string, std::set<size_t>>& votes) {
  const std::pair<const std::string, std::set<size_t>>* best = nullptr;
  for (const auto& entry : votes) {
    if (!best || entry.second.size() > best->second.size()) best = &entry;
  }
  return best;
}

}  // namespace

EventDate EstimateEventDate(const std::vector<TimelineInput>& articles, const DateTaggerFn& tagger,
                            const EventDateOptions& options) {
  Votes votes;
  for (size_t a = 0; a < articles.size(); ++a) VoteArticle(a, articles[a], tagger, options, &votes);
  EventDate out;
  const auto* winner = Winner(votes.days);
  if (!winner) winner = Winner(votes.coarse);
  if (!winner) return out;
  out.date = winner->first;
  for (const auto& [begin, end] : votes.range_end) {  // a range holding the day dates the event
    if (begin <= out.date && out.date <= end) {
      out.date = begin;
      out.date_end = end;
      break;
    }
  }
  for (size_t a : winner->second) out.articles.push_back(articles[a].id);
  return out;
}

}  // namespace storyline
