#include "pipeline/group_writer.h"

#include <algorithm>
#include <map>
#include <set>

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

Result<std::vector<StoredArticle>> LoadMembers(Store* store, const std::vector<std::string>& ids) {
  std::vector<StoredArticle> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    auto got = store->GetArticleForGrouping(id);
    if (!got.ok()) return got.status();
    if (got->has_value()) out.push_back(std::move(**got));
  }
  return out;
}

TimelineInput ToTimelineInput(const StoredArticle& s) {
  return {s.article.id, s.article.published.value, s.article.text, s.article.sentences};
}

// Undated articles borrow their event's year: dates like "on July 8" then
// resolve, and the store records them.
Status ReanchorUndated(Store* store, std::vector<StoredArticle>* members) {
  std::string year = InferEventYear(*members);
  if (year.empty()) return Status::Ok();
  for (StoredArticle& m : *members) {
    if (m.article.published.known()) continue;
    m.dates = TagDates(m.article.text, year);
    for (DateMention& d : m.dates) d.article = m.article.id;
    STORYLINE_RETURN_IF_ERROR(store->ReplaceDates(m.article.id, m.dates));
  }
  return Status::Ok();
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
// has a headline. `only`, when given, limits the members to these ids.
std::string HeadlineOf(const std::vector<StoredArticle>& members, const std::set<std::string>* only = nullptr) {
  std::vector<const StoredArticle*> titled;
  std::map<uint64_t, int> headlines_using;
  std::vector<std::vector<uint64_t>> words;
  for (const StoredArticle& m : members) {
    if (m.article.title.empty() || (only && !only->count(m.article.id))) continue;
    titled.push_back(&m);
    std::vector<uint64_t> terms = ContentTerms(m.article.title);
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

}  // namespace

Status GroupWriter::WriteEvents(const std::set<std::string>& event_ids, const std::set<std::string>& entity_ids,
                                std::set<std::string>* story_ids) {
  std::vector<Event> events = analyzer_->clusterer().Events();
  std::set<std::string> live_events;
  for (const Event& e : events) {
    live_events.insert(e.id);
    if (!event_ids.count(e.id)) continue;
    story_ids->insert(e.story);
    for (const std::string& article : e.articles) {
      STORYLINE_RETURN_IF_ERROR(store_->UpdateAssignment(article, e.id, e.story));
    }
    STORYLINE_RETURN_IF_ERROR(WriteEvent(e));
  }
  for (const std::string& id : event_ids) {
    if (!live_events.count(id)) STORYLINE_RETURN_IF_ERROR(store_->DeleteEvent(id));
  }
  for (const std::string& id : entity_ids) {
    if (const Entity* e = analyzer_->resolver().Find(id)) STORYLINE_RETURN_IF_ERROR(store_->PutEntity(*e));
  }
  return Status::Ok();
}

Status GroupWriter::WriteStories(const std::set<std::string>& story_ids) {
  std::vector<Event> events = analyzer_->clusterer().Events();
  std::set<std::string> live_stories;
  for (const Story& s : analyzer_->clusterer().Stories()) {
    live_stories.insert(s.id);
    if (story_ids.count(s.id)) STORYLINE_RETURN_IF_ERROR(WriteStory(s, events));
  }
  auto stored = store_->Stories();
  if (!stored.ok()) return stored.status();
  for (const Story& s : *stored) {
    if (!live_stories.count(s.id)) STORYLINE_RETURN_IF_ERROR(store_->DeleteStory(s.id));
  }
  return Status::Ok();
}

Status GroupWriter::WriteEvent(const Event& event) {
  auto members = LoadMembers(store_, event.articles);
  if (!members.ok()) return members.status();
  STORYLINE_RETURN_IF_ERROR(ReanchorUndated(store_, &*members));

  Originals originals(*members);
  const std::vector<TimelineInput>& inputs = originals.inputs;
  Event dated = event;
  EventDate when = EstimateEventDate(inputs, originals.Tagger());
  dated.date = when.date;
  dated.date_end = when.date_end;
  dated_events_[event.id] = when.date;
  SummaryOptions summary_options;
  summary_options.max_sentences = options_.summary_sentences;
  EventSummary summary = SummarizeEvent(event.id, inputs, summary_options);
  // A headline names an event best; without one, its most central sentence.
  if (std::string headline = HeadlineOf(*members); !headline.empty()) {
    dated.title = headline;
  } else if (!summary.sentences.empty()) {
    dated.title = Shorten(summary.sentences.front().text, options_.max_title_bytes);
  }
  return store_->PutEvent(dated, summary);
}

Status GroupWriter::WriteStory(const Story& story, const std::vector<Event>& events) {
  std::vector<std::string> ids;
  for (const Event& e : events) {
    if (e.story == story.id) ids.insert(ids.end(), e.articles.begin(), e.articles.end());
  }
  auto members = LoadMembers(store_, ids);
  if (!members.ok()) return members.status();
  TimelineOptions timeline_options;
  timeline_options.max_dates = options_.timeline_dates;
  timeline_options.sentences_per_date = options_.timeline_sentences;
  Story out = story;
  // The story is named by the headline of its largest event that has one.
  size_t largest = 0;
  for (const Event& e : events) {
    if (e.story != story.id || e.articles.size() <= largest) continue;
    std::set<std::string> ids(e.articles.begin(), e.articles.end());
    if (std::string headline = HeadlineOf(*members, &ids); !headline.empty()) {
      out.title = headline;
      largest = e.articles.size();
    }
  }
  Originals originals(*members);
  if (largest == 0) {  // no headline at all: the story's most central sentence
    SummaryOptions central;
    central.max_sentences = 1;
    EventSummary s = SummarizeEvent(story.id, originals.inputs, central);
    if (!s.sentences.empty()) out.title = Shorten(s.sentences.front().text, options_.max_title_bytes);
  }
  out.timeline = BuildTimeline(originals.inputs, originals.Tagger(), timeline_options);
  MergeRanges(*members, &out.timeline);
  // Events nobody could date still belong to the story: they close its
  // timeline as undated entries, never with an invented day.
  for (const Event& e : events) {
    auto written = dated_events_.find(e.id);
    bool undated = written != dated_events_.end() ? written->second.empty() : e.date.empty();
    if (e.story != story.id || !undated) continue;
    out.timeline.push_back({"", "", e.title, e.articles});
  }
  return store_->PutStory(out);
}

}  // namespace storyline
