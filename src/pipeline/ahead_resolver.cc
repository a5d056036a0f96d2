#include "pipeline/ahead_resolver.h"

namespace storyline {

AheadResolver::AheadResolver(AnnotatedBatch* batch, std::vector<size_t> order, ArticleAnalyzer* analyzer,
                             bool own_thread, std::function<void()> first)
    : batch_(batch), order_(std::move(order)), analyzer_(analyzer), resolved_(order_.size()), first_(std::move(first)) {
  if (own_thread && (first_ || !order_.empty())) {
    thread_ = std::thread([this] { Run(); });
  } else {
    if (first_) first_();
    first_done_ = true;
  }
}

void AheadResolver::WaitFirst() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return first_done_; });
}

AheadResolver::~AheadResolver() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  if (thread_.joinable()) thread_.join();
}

void AheadResolver::ResolveNext() {
  size_t i = order_[next_];
  ArticleAnalyzer::Annotations annotations = batch_->Take(i);
  analyzer_->Resolve(batch_->articles()[i], &annotations);
  resolved_[next_] = std::move(annotations);
}

void AheadResolver::Run() {
  if (first_) first_();
  {
    std::lock_guard<std::mutex> lock(mu_);
    first_done_ = true;
  }
  cv_.notify_all();
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stop_ || next_ == order_.size()) return;
    }
    // Only this thread writes next_ and slot next_; the engine reads them
    // under the lock, after the increment below.
    ResolveNext();
    {
      std::lock_guard<std::mutex> lock(mu_);
      ++next_;
    }
    cv_.notify_all();
  }
}

ArticleAnalyzer::Annotations AheadResolver::Take(size_t k) {
  if (!thread_.joinable()) {  // nothing runs ahead
    while (next_ <= k) {
      ResolveNext();
      ++next_;
    }
    return std::move(resolved_[k]);
  }
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return next_ > k; });
  return std::move(resolved_[k]);
}

}  // namespace storyline
