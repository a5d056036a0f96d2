// AnnotatedBatch: a batch of articles in publication order, tagged in the
// background. Tagging (ArticleAnalyzer::Annotate) needs no shared state, so
// the engine starts it for batch N+1 as soon as that batch is read and lets it
// run on the other cores while batch N goes through the stateful stages.
//
// Only the articles marked wanted are tagged ahead: the engine leaves out
// those already stored, so re-ingesting costs no tagging. An article asked for
// that was not tagged ahead is tagged on demand: what Take() returns never
// depends on the marks or on timing.
//
// Threads: the analyzer must outlive the batch and must not be destroyed
// while tagging runs; Annotate only reads it, so the caller may run the
// stateful stages (which never touch the tagger) meanwhile. All other methods
// are called from the one thread that owns the batch.
#ifndef STORYLINE_PIPELINE_ANNOTATED_BATCH_H_
#define STORYLINE_PIPELINE_ANNOTATED_BATCH_H_

#include <memory>
#include <vector>

#include "common/parallel.h"
#include "pipeline/analyzer.h"

namespace storyline {

class AnnotatedBatch {
 public:
  // Sorts `articles` into online order: publication order, undated articles
  // last, in arrival order.
  static void SortForOnlineOrder(std::vector<Article>* articles);

  // Starts tagging articles[i] for every i with wanted[i] on `threads` threads
  // (see BackgroundFor: one fewer in the background; 0 = one per core).
  AnnotatedBatch(std::vector<Article> articles, const std::vector<bool>& wanted, const ArticleAnalyzer* analyzer,
                 size_t threads);
  ~AnnotatedBatch();

  // Read freely; modify (or move from) articles()[i] only after Take(i).
  std::vector<Article>& articles() { return articles_; }

  // The annotations of articles()[i], which must still be unmoved; waits for
  // the background tagging. Call at most once per i.
  ArticleAnalyzer::Annotations Take(size_t i);

 private:
  std::vector<Article> articles_;
  const ArticleAnalyzer* analyzer_;
  std::vector<bool> wanted_;
  std::vector<ArticleAnalyzer::Annotations> annotations_;  // filled for wanted articles
  std::unique_ptr<BackgroundFor> tagging_;                  // null once waited for
};

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_ANNOTATED_BATCH_H_
