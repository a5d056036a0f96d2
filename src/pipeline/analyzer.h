// ArticleAnalyzer: the per-article half of the pipeline. It owns the stateful
// stages (duplicate index, tagger, entity resolver, quotation linker, event
// clusterer) and runs one clean Article through them in order.
//
// State is rebuilt from the store when the engine opens (Restore), so event,
// story, entity and quotation ids stay stable across runs. With a bound on
// the entities held (EngineOptions::max_live_entities), the entity
// resolver's state is saved in the store instead (SaveEntities): it holds
// only the recently mentioned entities and reads the others back from the
// store as they are mentioned again.
#ifndef STORYLINE_PIPELINE_ANALYZER_H_
#define STORYLINE_PIPELINE_ANALYZER_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cluster/event_clusterer.h"
#include "dedup/align.h"
#include "dedup/duplicate_index.h"
#include "entities/ner_tagger.h"
#include "entities/resolve_local.h"
#include "entities/resolver.h"
#include "pipeline/store_entity_archive.h"
#include "pipeline/store_text_lookup.h"
#include "quotes/quote_linker.h"
#include "store/store.h"

namespace storyline {

class ArticleAnalyzer {
 public:
  // Fails when the embedded NER model cannot be loaded. `store` (which must
  // outlive the analyzer) is only read: texts for duplicate verification,
  // saved entities (from the resolver's thread: Store::NewEntityRecordReader).
  static Result<std::unique_ptr<ArticleAnalyzer>> Create(Store* store);

  // What can be found in one article alone: entity mentions (unresolved,
  // grouped within the article), date expressions, the clustering terms of
  // its text and its signature for the duplicate index. Pure and
  // thread-safe: batches are annotated in parallel, while Analyze runs on
  // another thread (Annotate reads only the tagger and the options of the
  // resolver and the duplicate index, which never change).
  struct Annotations {
    std::vector<Mention> mentions;
    std::vector<LocalGroup> mention_groups;  // EntityResolver::GroupLocally
    std::vector<DateMention> dates;
    ChannelTerms terms;                      // ExtractTextTerms; entity keys come later
    DedupSignature signature;                // DuplicateIndex::Sign
  };
  Annotations Annotate(const Article& article) const;

  // Entity resolution (step 2 of the stateful stages): resolves the
  // annotations' mentions against every entity seen so far. It touches only
  // the resolver, which nothing else changes during ingest, so Resolve may run
  // on its own thread, ahead of Analyze on earlier articles: each of the two
  // sees the articles in order.
  void Resolve(const Article& article, Annotations* annotations);

  // Runs `article`, with its resolved annotations, through the other stateful
  // stages in order: dedup, quotations, clustering. `store` is read (never
  // written) to fetch a duplicate's original for passage alignment.
  // Links that revise earlier articles go to TakePendingDuplicates().
  Result<StoredArticle> Analyze(Article article, Annotations annotations, Store* store);

  // Makes the entity resolver read entities it does not hold from the
  // store: call it once, before LoadEntities, to bound the entities held.
  void SaveEntitiesInStore();
  // Continues the entity resolver from the state an earlier run saved in the
  // store (SaveEntities). False when the store has none it can read (a new
  // store, one from before schema 4, or one a run without a bound left):
  // Restore must then replay the entities too.
  Result<bool> LoadEntities(Store* store);
  // Saving the entity resolver's state, between two batches:
  // 1. RetireEntities lets go of all but the `max_live` most recently
  //    mentioned entities (0 = keep all); only entities saved by an earlier
  //    batch go, so that a Resolve of the next batch can read them back.
  // 2. TakeEntityCheckpoint: what the resolver changed since the last one.
  // Both while no Resolve runs. 3. SaveEntities writes the checkpoint in the
  // batch in flight (Resolve may run meanwhile). Errors of the store on the
  // resolver's reads: resolver().archive_status(), while no Resolve runs.
  void RetireEntities(size_t max_live);
  EntityResolver::Checkpoint TakeEntityCheckpoint() { return resolver_.TakeCheckpoint(); }
  Status SaveEntities(Store* store, const EntityResolver::Checkpoint& checkpoint);

  // Re-admits articles stored by an earlier run, in their stored order,
  // keeping their ids; the entity resolver too when `entities` (see
  // LoadEntities). The articles' duplicate signatures are computed first, in
  // parallel; then the stages, which share no state (duplicates, quotation
  // links, events, entities), each replay the batch on its own, on up to
  // `threads` threads (0 = one per core); each still sees the articles in
  // order, so the state is the same however many threads.
  void Restore(const std::vector<StoredArticle>& batch, bool entities, size_t threads);

  // Periodic repair of events; returns (article, new event) changes.
  std::vector<std::pair<std::string, std::string>> Repair() { return clusterer_.Repair(); }

  std::vector<DuplicateLink> TakePendingDuplicates();
  const EventClusterer& clusterer() const { return clusterer_; }
  const EntityResolver& resolver() const { return resolver_; }

 private:
  ArticleAnalyzer(NerTagger tagger, Store* store, std::unique_ptr<EntityRecordReader> saved_entities)
      : tagger_(std::move(tagger)),
        texts_(store),
        dedup_(DedupOptions{}, &texts_),
        saved_entities_(std::move(saved_entities)) {}
  ArticleFeatures Features(const StoredArticle& s) const;

  NerTagger tagger_;
  StoreTextLookup texts_;
  DuplicateIndex dedup_;
  StoreEntityArchive saved_entities_;
  EntityResolver resolver_;
  QuoteLinker quote_linker_;
  EventClusterer clusterer_;
  std::vector<DuplicateLink> pending_duplicates_;
};

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_ANALYZER_H_
