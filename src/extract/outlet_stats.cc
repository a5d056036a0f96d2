#include "extract/outlet_stats.h"

#include <algorithm>

namespace storyline {

void OutletLineStats::AddArticle(const std::string& outlet, std::vector<uint64_t> line_hashes) {
  if (outlet.empty()) return;
  if (!outlets_.count(outlet) && outlets_.size() >= options_.max_outlets) ForgetOldestOutlet();
  Outlet& o = outlets_[outlet];
  std::sort(line_hashes.begin(), line_hashes.end());
  line_hashes.erase(std::unique(line_hashes.begin(), line_hashes.end()), line_hashes.end());
  for (uint64_t h : line_hashes) {
    if (o.counts.size() >= options_.max_lines_per_outlet && !o.counts.count(h)) Prune(&o);
    if (o.counts.size() < options_.max_lines_per_outlet) ++o.counts[h];
  }
  ++o.articles;
  o.last_update = ++clock_;
}

uint32_t OutletLineStats::Count(const std::string& outlet, uint64_t line_hash) const {
  auto o = outlets_.find(outlet);
  if (o == outlets_.end()) return 0;
  auto it = o->second.counts.find(line_hash);
  return it == o->second.counts.end() ? 0 : it->second;
}

size_t OutletLineStats::articles(const std::string& outlet) const {
  auto o = outlets_.find(outlet);
  return o == outlets_.end() ? 0 : o->second.articles;
}

// Forgets the rarest lines until at most three quarters of the cap are used.
void OutletLineStats::Prune(Outlet* outlet) {
  size_t target = options_.max_lines_per_outlet * 3 / 4;
  for (uint32_t threshold = 1; outlet->counts.size() > target; ++threshold) {
    std::erase_if(outlet->counts, [&](const auto& entry) { return entry.second <= threshold; });
  }
}

void OutletLineStats::ForgetOldestOutlet() {
  auto oldest = std::min_element(outlets_.begin(), outlets_.end(), [](const auto& a, const auto& b) {
    return a.second.last_update < b.second.last_update;
  });
  if (oldest != outlets_.end()) outlets_.erase(oldest);
}

}  // namespace storyline
