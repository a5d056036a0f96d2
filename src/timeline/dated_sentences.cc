#include "timeline/dated_sentences.h"

#include <algorithm>
#include <cctype>

#include "timeline/iso_day.h"
#include "timeline/lead_in.h"

namespace storyline {
namespace {

// The day values a mention names: its value, and the end of a range, when
// each is a full date.
void AddDays(const DateMention& m, std::vector<std::string>* days) {
  for (const std::string* v : {&m.value, &m.value_end}) {
    if (!ParseIsoDay(*v) || v->size() != 10) continue;
    if (std::find(days->begin(), days->end(), *v) == days->end()) days->push_back(*v);
  }
}

// Index of the sentence holding byte `offset`, or spans.size().
size_t SentenceAt(const std::vector<Span>& spans, uint32_t offset) {
  auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                             [](uint32_t off, const Span& s) { return off < s.begin; });
  if (it == spans.begin()) return spans.size();
  size_t i = static_cast<size_t>(it - spans.begin()) - 1;
  return offset < spans[i].end ? i : spans.size();
}

std::string PublicationDay(const std::string& published) {
  return ParseIsoDay(published) ? published.substr(0, 10) : std::string();
}

// The tagger's anchor: the publication day, else a bare year, else "".
std::string_view AnchorOf(const std::string& published, const std::string& day) {
  if (!day.empty()) return day;
  bool year = published.size() == 4 && std::all_of(published.begin(), published.end(), ::isdigit);
  return year ? std::string_view(published) : std::string_view();
}

}  // namespace

std::vector<DatedSentence> CollectDatedSentences(const std::vector<TimelineInput>& articles,
                                                 const DateTaggerFn& tagger) {
  std::vector<DatedSentence> out;
  for (size_t a = 0; a < articles.size(); ++a) {
    const TimelineInput& article = articles[a];
    std::vector<Span> spans = SentencesOf(article);
    std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
    const size_t first = out.size();
    const std::string pub = PublicationDay(article.published);
    for (size_t i = 0; i < spans.size(); ++i) {
      Span kept = spans[i];
      kept.begin += static_cast<uint32_t>(LeadInLength(spans[i].In(article.text)));
      out.push_back({article.id, kept, std::string(kept.In(article.text)), pub, {}, a, i});
    }
    if (!tagger) continue;
    std::vector<DateMention> mentions = tagger(article.text, AnchorOf(article.published, pub));
    std::sort(mentions.begin(), mentions.end(),
              [](const DateMention& x, const DateMention& y) { return x.span.begin < y.span.begin; });
    for (const DateMention& m : mentions) {
      size_t s = SentenceAt(spans, m.span.begin);
      if (s < spans.size()) AddDays(m, &out[first + s].mentioned_dates);
    }
  }
  return out;
}

}  // namespace storyline
