// ArticleAnalyzer: the per-article half of the pipeline. It owns the stateful
// stages (duplicate index, tagger, entity resolver, quotation linker, event
// clusterer) and runs one clean Article through them in order.
//
// State is rebuilt from the store when the engine opens (Restore), so event,
// story, entity and quotation ids stay stable across runs.
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
#include "pipeline/store_text_lookup.h"
#include "quotes/quote_linker.h"
#include "store/store.h"

namespace storyline {

class ArticleAnalyzer {
 public:
  // Fails when the embedded NER model cannot be loaded. `store` (which must
  // outlive the analyzer) is only read: texts for duplicate verification.
  static Result<std::unique_ptr<ArticleAnalyzer>> Create(Store* store);

  // What can be found in one article alone: entity mentions (unresolved,
  // grouped within the article), date expressions and the clustering terms
  // of its text. Pure and thread-safe: batches are annotated in parallel,
  // while Analyze runs on another thread (Annotate reads only the tagger and
  // the resolver's options, which never change).
  struct Annotations {
    std::vector<Mention> mentions;
    std::vector<LocalGroup> mention_groups;  // EntityResolver::GroupLocally
    std::vector<DateMention> dates;
    ChannelTerms terms;                      // ExtractTextTerms; entity keys come later
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

  // Re-admits articles stored by an earlier run, in their stored order,
  // keeping their ids. The entity resolver shares no state with the other
  // stages, so with `parallel` it replays the batch on a thread of its own
  // while this thread replays the rest; each stage still sees the articles
  // in order, so the state is the same either way.
  void Restore(const std::vector<StoredArticle>& batch, bool parallel);

  // Periodic repair of events; returns (article, new event) changes.
  std::vector<std::pair<std::string, std::string>> Repair() { return clusterer_.Repair(); }

  std::vector<DuplicateLink> TakePendingDuplicates();
  const EventClusterer& clusterer() const { return clusterer_; }
  const EntityResolver& resolver() const { return resolver_; }

 private:
  ArticleAnalyzer(NerTagger tagger, Store* store)
      : tagger_(std::move(tagger)), texts_(store), dedup_(DedupOptions{}, &texts_) {}
  ArticleFeatures Features(const StoredArticle& s) const;

  NerTagger tagger_;
  StoreTextLookup texts_;
  DuplicateIndex dedup_;
  EntityResolver resolver_;
  QuoteLinker quote_linker_;
  EventClusterer clusterer_;
  std::vector<DuplicateLink> pending_duplicates_;
};

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_ANALYZER_H_
