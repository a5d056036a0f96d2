// AheadResolver: entity resolution for one batch, run in article order on a
// thread of its own, one or more articles ahead of the rest of the stateful
// stages (dedup, quotations, clustering, the store's writes), which the
// engine runs on its own thread. The two share no state (see
// ArticleAnalyzer::Resolve), and each still sees the articles in order, so
// the results are those of running them one after the other.
//
// Before its first article, the resolving thread runs a task of the
// engine's (the resolver's checkpoint, which must see the resolver between
// two batches, and which is no work for the engine's own thread).
//
// Threads: construct, Take, WaitFirst and destroy from the engine's thread. The
// resolving thread reads only the batch's articles that the engine has not
// taken yet and writes only their annotations; the analyzer's resolver must
// not be used elsewhere until the AheadResolver is destroyed.
#ifndef STORYLINE_PIPELINE_AHEAD_RESOLVER_H_
#define STORYLINE_PIPELINE_AHEAD_RESOLVER_H_

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "pipeline/analyzer.h"
#include "pipeline/annotated_batch.h"

namespace storyline {

class AheadResolver {
 public:
  // Runs `first` (if any), then starts resolving batch->articles()[order[0]],
  // [order[1]], ...; with `own_thread` false nothing runs ahead: `first` runs
  // here, and Take resolves on the caller's thread.
  AheadResolver(AnnotatedBatch* batch, std::vector<size_t> order, ArticleAnalyzer* analyzer, bool own_thread,
                std::function<void()> first = nullptr);
  // Stops after the article in hand and joins the thread.
  ~AheadResolver();
  AheadResolver(const AheadResolver&) = delete;
  AheadResolver& operator=(const AheadResolver&) = delete;

  const std::vector<size_t>& order() const { return order_; }

  // The resolved annotations of articles()[order[k]]; waits for them. Call
  // with k = 0, 1, 2, ... in turn; the article may be moved from afterwards.
  ArticleAnalyzer::Annotations Take(size_t k);
  // Waits until `first` has run.
  void WaitFirst();

 private:
  void ResolveNext();  // resolves order[next_], on whichever thread runs ahead
  void Run();

  AnnotatedBatch* batch_;
  const std::vector<size_t> order_;
  ArticleAnalyzer* analyzer_;
  std::vector<ArticleAnalyzer::Annotations> resolved_;  // slot k is written once, then taken once
  std::function<void()> first_;
  bool first_done_ = false;  // guarded by mu_
  size_t next_ = 0;  // articles resolved so far (guarded by mu_ once the thread runs)
  bool stop_ = false;
  std::mutex mu_;
  std::condition_variable cv_;
  std::thread thread_;
};

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_AHEAD_RESOLVER_H_
