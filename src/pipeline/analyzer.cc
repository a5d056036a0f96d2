#include "pipeline/analyzer.h"

#include <functional>

#include "common/iso_date.h"
#include "common/parallel.h"
#include "dates/date_tagger.h"
#include "quotes/quote_extractor.h"
#include "text/normalize.h"

namespace storyline {

Result<std::unique_ptr<ArticleAnalyzer>> ArticleAnalyzer::Create(Store* store) {
  auto tagger = NerTagger::LoadDefault();
  if (!tagger.ok()) return tagger.status();
  auto saved_entities = store->NewEntityRecordReader();
  if (!saved_entities.ok()) return saved_entities.status();
  return std::unique_ptr<ArticleAnalyzer>(
      new ArticleAnalyzer(std::move(tagger).value(), store, std::move(saved_entities).value()));
}

void ArticleAnalyzer::SaveEntitiesInStore() { resolver_.AttachArchive(&saved_entities_); }

Result<bool> ArticleAnalyzer::LoadEntities(Store* store) {
  auto state = store->GetResolverState();
  if (!state.ok()) return state.status();
  if (state->empty()) return false;
  // A state this version cannot read (an older format) is rebuilt by replay.
  return resolver_.LoadState(*state);
}

void ArticleAnalyzer::RetireEntities(size_t max_live) {
  if (max_live > 0) resolver_.Retire(max_live);
}

Status ArticleAnalyzer::SaveEntities(Store* store, const EntityResolver::Checkpoint& checkpoint) {
  for (const ArchivedEntity& e : checkpoint.entities) {
    STORYLINE_RETURN_IF_ERROR(store->PutEntityRecord(e.id, e.record, e.keys));
  }
  for (const ArchivedArticle& a : checkpoint.articles) {
    STORYLINE_RETURN_IF_ERROR(store->PutArticleMerges(a.id, a.merges));
  }
  return store->PutResolverState(checkpoint.state);
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

ArticleAnalyzer::Annotations ArticleAnalyzer::Annotate(const Article& a) const {
  Annotations out;
  out.mentions = tagger_.Tag(a.text, a.sentences);
  for (Mention& m : out.mentions) m.article = a.id;
  out.mention_groups = EntityResolver::GroupLocally(resolver_.options(), a.text, &out.mentions);
  out.terms = ExtractTextTerms(a.title, a.text);
  // Dates resolve against the publication date (never "now").
  out.dates = TagDates(a.text, a.published.value);
  for (DateMention& d : out.dates) d.article = a.id;
  out.signature = dedup_.Sign(a);
  return out;
}

void ArticleAnalyzer::Resolve(const Article& article, Annotations* annotations) {
  resolver_.AddGroups(article.id, annotations->mention_groups, &annotations->mentions);
}

Result<StoredArticle> ArticleAnalyzer::Analyze(Article article, Annotations annotations, Store* store) {
  StoredArticle s;
  s.article = std::move(article);
  s.mentions = std::move(annotations.mentions);
  s.dates = std::move(annotations.dates);
  const Article& a = s.article;

  // 1. Duplicates: a copy points at its original, with the passages they share.
  for (DuplicateLink& link : dedup_.Add(a, annotations.signature)) {
    if (link.article == a.id) {
      s.duplicate = std::move(link);
    } else {
      pending_duplicates_.push_back(std::move(link));
    }
  }
  if (s.duplicate.kind != DuplicateKind::kNone) {
    auto original = store->GetText(s.duplicate.original);
    if (!original.ok()) return original.status();
    if (original->has_value()) s.duplicate.passages = AlignPassages(a.text, **original);
  }

  // 2. Entities: resolved already (Resolve).

  // 3. Quotations with speakers, linked across outlets.
  s.quotes = ExtractQuotes(a.id, a.text, s.mentions);
  quote_linker_.Link(&s.quotes);

  // 4. Event and story.
  ArticleFeatures features = Features(s);
  AddEntityKeys(features.entity_keys, &annotations.terms);
  Assignment assignment = clusterer_.AddWithTerms(features, annotations.terms);
  s.event = assignment.event;
  s.story = assignment.story;
  return s;
}

void ArticleAnalyzer::Restore(const std::vector<StoredArticle>& batch, bool entities, size_t threads) {
  std::vector<DedupSignature> signatures(batch.size());
  ParallelFor(batch.size(), threads, [&](size_t i) { signatures[i] = dedup_.Sign(batch[i].article); });
  std::vector<std::function<void()>> stages = {
      [&] {
        for (size_t i = 0; i < batch.size(); ++i) (void)dedup_.Add(batch[i].article, signatures[i]);
      },
      [&] {
        for (const StoredArticle& stored : batch) quote_linker_.Readmit(stored.quotes);
      },
      [&] {
        for (const StoredArticle& stored : batch) clusterer_.Restore(Features(stored), stored.event, stored.story);
      }};
  if (entities) {
    stages.push_back([&] {
      for (const StoredArticle& stored : batch) {
        std::vector<Mention> mentions = stored.mentions;
        resolver_.RestoreArticle(stored.article.id, stored.article.text, &mentions);
      }
    });
  }
  ParallelFor(stages.size(), threads, [&](size_t i) { stages[i](); });
}

std::vector<DuplicateLink> ArticleAnalyzer::TakePendingDuplicates() {
  std::vector<DuplicateLink> out;
  out.swap(pending_duplicates_);
  return out;
}

}  // namespace storyline
