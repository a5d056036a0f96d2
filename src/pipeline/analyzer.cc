#include "pipeline/analyzer.h"

#include "common/iso_date.h"
#include "dates/date_tagger.h"
#include "quotes/quote_extractor.h"
#include "text/normalize.h"

namespace storyline {
Result<std::unique_ptr<ArticleAnalyzer>> ArticleAnalyzer::Create(Store* store) {
  auto tagger = NerTagger::LoadDefault();
  if (!tagger.ok()) return tagger.status();
  return std::unique_ptr<ArticleAnalyzer>(new ArticleAnalyzer(std::move(tagger).value(), store));
}

ArticleFeatures ArticleAnalyzer::Features(const StoredArticle& s) const {
  ArticleFeatures f;
  f.id = s.article.id;
  f.outlet = s.article.outlet;
  f.title = s.article.title;
  f.text = s.article.text;
  f.day = DayNumber(s.article.published.value);
  for (const Mention& m : s.mentions) {
    if (!m.entity.empty()) f.entity_keys.push_back(m.entity);
  }
  if (s.duplicate.kind != DuplicateKind::kNone) f.duplicate_of = s.duplicate.original;
  return f;
}

Result<StoredArticle> ArticleAnalyzer::Analyze(Article article, Store* store) {
  StoredArticle s;
  s.article = std::move(article);
  const Article& a = s.article;

  // 1. Duplicates: a copy points at its original, with the passages they share.
  for (DuplicateLink& link : dedup_.Add(a)) {
    if (link.article == a.id) {
      s.duplicate = std::move(link);
    } else {
      pending_duplicates_.push_back(std::move(link));
    }
  }
  if (s.duplicate.kind != DuplicateKind::kNone) {
    auto original = store->GetArticle(s.duplicate.original);
    if (!original.ok()) return original.status();
    if (original->has_value()) {
      s.duplicate.passages = AlignPassages(a.text, (*original)->article.text);
    }
  }

  // 2. Entities: tag, then resolve against every entity seen so far.
  s.mentions = tagger_.Tag(a.text, a.sentences);
  for (Mention& m : s.mentions) m.article = a.id;
  resolver_.AddArticle(a.id, a.text, &s.mentions);

  // 3. Dates, resolved against the publication date (never "now").
  s.dates = TagDates(a.text, a.published.value);
  for (DateMention& d : s.dates) d.article = a.id;

  // 4. Quotations with speakers, linked across outlets.
  s.quotes = ExtractQuotes(a.id, a.text, s.mentions);
  quote_linker_.Link(&s.quotes);

  // 5. Event and story.
  Assignment assignment = clusterer_.Add(Features(s));
  s.event = assignment.event;
  s.story = assignment.story;
  return s;
}

void ArticleAnalyzer::Restore(const StoredArticle& stored) {
  (void)dedup_.Add(stored.article);
  std::vector<Mention> mentions = stored.mentions;
  resolver_.AddArticle(stored.article.id, stored.article.text, &mentions);
  std::vector<Quote> quotes = stored.quotes;
  quote_linker_.Link(&quotes);
  clusterer_.Restore(Features(stored), stored.event, stored.story);
}

std::vector<DuplicateLink> ArticleAnalyzer::TakePendingDuplicates() {
  std::vector<DuplicateLink> out;
  out.swap(pending_duplicates_);
  return out;
}

}  // namespace storyline
