#include "cluster/candidate_index.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace storyline {

std::vector<size_t> StrongestFeatures(const SparseVector& v, size_t n) {
  std::vector<size_t> idx(v.size());
  std::iota(idx.begin(), idx.end(), 0);
  if (n < idx.size()) {
    std::nth_element(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(n), idx.end(),
                     [&](size_t a, size_t b) { return v[a].second > v[b].second; });
    idx.resize(n);
  }
  return idx;
}

void CandidateIndex::Add(const SparseVector& v, size_t n, uint32_t cluster) {
  for (size_t i : StrongestFeatures(v, n)) {
    std::vector<uint32_t>& list = postings_[v[i].first];
    if (!list.empty() && list.back() == cluster) continue;
    list.push_back(cluster);
    ++entries_;
    if (list.size() >= 2 * cap_) {  // drop the oldest half: amortized O(1)
      list.erase(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(cap_));
      entries_ -= cap_;
    }
  }
}

std::vector<uint32_t> CandidateIndex::Candidates(
    const SparseVector& v, size_t n, size_t max,
    const std::function<bool(uint32_t)>& eligible) const {
  // Scores accumulate in a dense scratch array indexed by cluster number;
  // `touched_` lists the entries to read and reset.
  for (size_t i : StrongestFeatures(v, n)) {
    auto it = postings_.find(v[i].first);
    if (it == postings_.end()) continue;
    const std::vector<uint32_t>& list = it->second;
    size_t begin = list.size() > cap_ ? list.size() - cap_ : 0;
    for (size_t k = begin; k < list.size(); ++k) {
      uint32_t c = list[k];
      if (c >= scratch_.size()) scratch_.resize(c + 1, 0.0f);
      if (scratch_[c] == 0.0f) touched_.push_back(c);
      scratch_[c] += v[i].second;
    }
  }
  std::vector<std::pair<float, uint32_t>> ranked;
  ranked.reserve(touched_.size());
  for (uint32_t c : touched_) {
    if (scratch_[c] > 0.0f && eligible(c)) ranked.emplace_back(-scratch_[c], c);
    scratch_[c] = 0.0f;
  }
  touched_.clear();
  if (ranked.size() > max) {
    std::nth_element(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(max), ranked.end());
    ranked.resize(max);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<uint32_t> out;
  out.reserve(ranked.size());
  for (const auto& [s, cluster] : ranked) out.push_back(cluster);
  return out;
}

size_t CandidateIndex::MemoryBytes() const {
  return sizeof(*this) + postings_.size() * 64 + entries_ * sizeof(uint32_t) +
         scratch_.capacity() * sizeof(float);
}

}  // namespace storyline
