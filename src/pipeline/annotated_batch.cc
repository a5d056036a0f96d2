#include "pipeline/annotated_batch.h"

#include <algorithm>

namespace storyline {

void AnnotatedBatch::SortForOnlineOrder(std::vector<Article>* articles) {
  std::stable_sort(articles->begin(), articles->end(), [](const Article& a, const Article& b) {
    if (a.published.known() != b.published.known()) return a.published.known();
    return a.published.value < b.published.value;
  });
}

AnnotatedBatch::AnnotatedBatch(std::vector<Article> articles, const std::vector<bool>& wanted,
                               const ArticleAnalyzer* analyzer, size_t threads)
    : articles_(std::move(articles)), analyzer_(analyzer), wanted_(wanted), annotations_(articles_.size()) {
  wanted_.resize(articles_.size(), false);
  std::vector<size_t> todo;
  for (size_t i = 0; i < articles_.size(); ++i) {
    if (wanted_[i]) todo.push_back(i);
  }
  // Each call writes only its own slot; articles_ is not touched until Wait().
  const size_t n = todo.size();
  tagging_ = std::make_unique<BackgroundFor>(n, threads, [this, todo = std::move(todo)](size_t k) {
    annotations_[todo[k]] = analyzer_->Annotate(articles_[todo[k]]);
  });
}

AnnotatedBatch::~AnnotatedBatch() = default;

ArticleAnalyzer::Annotations AnnotatedBatch::Take(size_t i) {
  if (tagging_) {
    tagging_->Wait();
    tagging_.reset();
  }
  if (!wanted_[i]) return analyzer_->Annotate(articles_[i]);
  return std::move(annotations_[i]);
}

}  // namespace storyline
