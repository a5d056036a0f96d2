#include "pipeline/group_summaries.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "common/utf8.h"
#include "dates/date_tagger.h"
#include "pipeline/event_year.h"
#include "summary/event_summary.h"
#include "text/term_stats.h"
#include "timeline/default_tagger.h"
#include "timeline/event_date.h"
#include "timeline/timeline_builder.h"

namespace storyline {
namespace {

TimelineInput ToTimelineInput(const StoredArticle& s) {
  return {s.article.id, s.article.published.value, s.article.text, s.article.sentences};
}

// Undated articles borrow their event's year: dates like "on July 8" then
// resolve. Returns the members re-dated (for the store to record).
std::vector<const StoredArticle*> ReanchorUndated(std::vector<StoredArticle>* members) {
  std::vector<const StoredArticle*> redated;
  std::string year = InferEventYear(*members);
  if (year.empty()) return redated;
  for (StoredArticle& m : *members) {
    if (m.article.published.known()) continue;
    m.dates = TagDates(m.article.text, year);
    for (DateMention& d : m.dates) d.article = m.article.id;
    redated.push_back(&m);
  }
  return redated;
}

// The articles that speak for a group (duplicates count once), and a date
// tagger for them that serves the dates the pipeline already found instead of
// tagging the same texts again. The timeline stage hands each input's text
// back unchanged, so its address identifies the article; any other text is
// tagged afresh.
struct Originals {
  explicit Originals(const std::vector<StoredArticle>& members) {
    for (const auto& m : members) {
      if (m.duplicate.kind != DuplicateKind::kNone) continue;
      inputs.push_back(ToTimelineInput(m));
      dates.push_back(&m.dates);
    }
  }

  DateTaggerFn Tagger() const {
    std::map<const char*, const std::vector<DateMention>*> by_text;
    for (size_t i = 0; i < inputs.size(); ++i) by_text[inputs[i].text.data()] = dates[i];
    return [by_text = std::move(by_text), fallback = DefaultDateTagger()](std::string_view text,
                                                                           std::string_view anchor) {
      auto it = by_text.find(text.data());
      if (it == by_text.end()) return fallback(text, anchor);
      std::vector<DateMention> out;  // what the default tagger keeps: dates, no durations, sets or references
      for (const DateMention& d : *it->second) {
        if (d.type == "DATE" && d.value.find("_REF") == std::string::npos) out.push_back(d);
      }
      return out;
    };
  }

  std::vector<TimelineInput> inputs;
  std::vector<const std::vector<DateMention>*> dates;  // parallel to inputs; owned by the members
};

// "July 21-22": when the timeline chose both ends of a range that its
// articles name, the two days are one entry with a date_end.
void MergeRanges(const std::vector<StoredArticle>& members, std::vector<TimelineEntry>* timeline) {
  std::set<std::pair<std::string, std::string>> ranges;
  for (const StoredArticle& m : members) {
    for (const DateMention& d : m.dates) {
      if (d.resolved && d.value.size() == 10 && d.value_end.size() == 10) ranges.insert({d.value, d.value_end});
    }
  }
  std::vector<TimelineEntry>& t = *timeline;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    auto range = ranges.lower_bound({t[i].date, ""});
    if (range == ranges.end() || range->first != t[i].date || t[i + 1].date > range->second) continue;
    t[i].date_end = range->second;
    t[i].text += " " + t[i + 1].text;
    for (const std::string& a : t[i + 1].articles) {
      if (std::find(t[i].articles.begin(), t[i].articles.end(), a) == t[i].articles.end()) t[i].articles.push_back(a);
    }
    t.erase(t.begin() + static_cast<long>(i) + 1);
  }
}

// The members' most representative headline: the one whose content words
// recur most across the other headlines (mean over its words of how many
// headlines use each); ties go to the earliest published. "" when no member
// has a headline.
std::string HeadlineOf(const std::vector<const StoredArticle*>& members) {
  std::vector<const StoredArticle*> titled;
  std::map<uint64_t, int> headlines_using;
  std::vector<std::vector<uint64_t>> words;
  for (const StoredArticle* m : members) {
    if (m->article.title.empty()) continue;
    titled.push_back(m);
    std::vector<uint64_t> terms = ContentTerms(m->article.title);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    for (uint64_t t : terms) ++headlines_using[t];
    words.push_back(std::move(terms));
  }
  const StoredArticle* best = nullptr;
  double best_score = -1;
  for (size_t i = 0; i < titled.size(); ++i) {
    double score = 0;
    for (uint64_t t : words[i]) score += headlines_using[t];
    score = words[i].empty() ? 0 : score / static_cast<double>(words[i].size());
    const Article& a = titled[i]->article;
    bool earlier = best != nullptr && a.published.known() &&
                   (!best->article.published.known() || a.published.value < best->article.published.value);
    if (score > best_score || (score == best_score && earlier)) {
      best = titled[i];
      best_score = score;
    }
  }
  return best ? best->article.title : "";
}

// `text` cut at a word boundary to at most `max_bytes` (with "..." when cut).
std::string Shorten(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut < max_bytes / 2) cut = max_bytes;
  return std::string(Utf8Prefix(text, cut)) + "...";
}

// The story's name: the headline of its largest event that has one ("" if
// none). Members are looked up by id, so this is linear in the members.
std::string StoryHeadline(const std::vector<const Event*>& events, const std::vector<StoredArticle>& members) {
  std::unordered_map<std::string_view, const StoredArticle*> by_id;
  for (const StoredArticle& m : members) by_id.emplace(m.article.id, &m);
  std::string title;
  size_t largest = 0;
  for (const Event* e : events) {
    if (e->articles.size() <= largest) continue;
    std::vector<const StoredArticle*> own;
    for (const std::string& id : e->articles) {
      if (auto it = by_id.find(id); it != by_id.end()) own.push_back(it->second);
    }
    if (std::string headline = HeadlineOf(own); !headline.empty()) {
      title = headline;
      largest = e->articles.size();
    }
  }
  return title;
}

}  // namespace

EventDescription DescribeEvent(const Event& event, std::vector<StoredArticle>* members,
                               const GroupWriterOptions& options) {
  EventDescription out;
  out.redated = ReanchorUndated(members);
  Originals originals(*members);
  const std::vector<TimelineInput>& inputs = originals.inputs;
  out.event = event;
  EventDate when = EstimateEventDate(inputs, originals.Tagger());
  out.event.date = when.date;
  out.event.date_end = when.date_end;
  SummaryOptions summary_options;
  summary_options.max_sentences = options.summary_sentences;
  out.summary = SummarizeEvent(event.id, inputs, summary_options);
  // A headline names an event best; without one, its most central sentence.
  std::vector<const StoredArticle*> all;
  for (const StoredArticle& m : *members) all.push_back(&m);
  if (std::string headline = HeadlineOf(all); !headline.empty()) {
    out.event.title = headline;
  } else if (!out.summary.sentences.empty()) {
    out.event.title = Shorten(out.summary.sentences.front().text, options.max_title_bytes);
  }
  return out;
}

Story DescribeStory(const Story& story, const std::vector<const Event*>& events,
                    const std::vector<StoredArticle>& members,
                    const std::map<std::string, std::string>& event_dates, const GroupWriterOptions& options) {
  Story out = story;
  Originals originals(members);
  if (std::string headline = StoryHeadline(events, members); !headline.empty()) {
    out.title = headline;
  } else {  // no headline at all: the story's most central sentence
    SummaryOptions central;
    central.max_sentences = 1;
    EventSummary s = SummarizeEvent(story.id, originals.inputs, central);
    if (!s.sentences.empty()) out.title = Shorten(s.sentences.front().text, options.max_title_bytes);
  }
  TimelineOptions timeline_options;
  timeline_options.max_dates = options.timeline_dates;
  timeline_options.sentences_per_date = options.timeline_sentences;
  timeline_options.threads = options.threads;
  out.timeline = BuildTimeline(originals.inputs, originals.Tagger(), timeline_options);
  MergeRanges(members, &out.timeline);
  // Events nobody could date still belong to the story: they close its
  // timeline as undated entries, never with an invented day.
  for (const Event* e : events) {
    auto written = event_dates.find(e->id);
    bool undated = written != event_dates.end() ? written->second.empty() : e->date.empty();
    if (undated) out.timeline.push_back({"", "", e->title, e->articles});
  }
  return out;
}

}  // namespace storyline
