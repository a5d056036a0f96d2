#include "timeline/date_candidates.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "summary/sentence_vectors.h"
#include "timeline/iso_day.h"

namespace storyline {
namespace {

const std::vector<size_t>& Find(const std::unordered_map<int32_t, std::vector<size_t>>& map,
                                int32_t day) {
  static const std::vector<size_t> kNone;
  auto it = map.find(day);
  return it == map.end() ? kNone : it->second;
}

// Mean of the mention vectors plus mean of the publication vectors, kept only
// on terms that both groups use.
SparseVector SharedCentroid(const std::vector<size_t>& ment, const std::vector<size_t>& pub,
                            const std::vector<SparseVector>& vectors) {
  SparseVector m = SumOf(vectors, ment), p = SumOf(vectors, pub);
  SparseVector out;
  size_t i = 0, j = 0;
  while (i < m.size() && j < p.size()) {
    if (m[i].first < p[j].first) { ++i; continue; }
    if (p[j].first < m[i].first) { ++j; continue; }
    out.emplace_back(m[i].first, m[i].second / ment.size() + p[j].second / pub.size());
    ++i, ++j;
  }
  return out;
}

}  // namespace

DayCandidateIndex IndexCandidates(const std::vector<DatedSentence>& sentences,
                               const std::vector<bool>& active, const CandidateOptions& options) {
  DayCandidateIndex index;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!active[i]) continue;
    const DatedSentence& s = sentences[i];
    bool dated = false;
    for (const std::string& value : s.mentioned_dates) {
      if (auto day = ParseIsoDay(value)) index.mentioned[*day].push_back(i), dated = true;
      if (options.first_mention_only) break;
    }
    if (dated || s.position >= options.lead_sentences) continue;
    if (auto day = ParseIsoDay(s.pub_date)) {
      for (size_t k = 0; k < options.publication_days; ++k) {
        index.published[*day - static_cast<int32_t>(k)].push_back(i);
      }
    }
  }
  return index;
}

size_t KneePoint(const std::vector<double>& y) {
  const size_t n = y.size();
  if (n < 3) return 0;
  const double dx = static_cast<double>(n - 1), dy = y[n - 1] - y[0];
  const double len = std::sqrt(dx * dx + dy * dy);
  size_t best = 0;
  double best_dist = -1;
  for (size_t i = 0; i < n; ++i) {
    double dist = std::abs(dy * static_cast<double>(i) - dx * (y[i] - y[0])) / len;
    if (dist > best_dist) best_dist = dist, best = i;
  }
  return best;
}

std::vector<size_t> CandidatesForDay(int32_t day, const DayCandidateIndex& index,
                                     const std::vector<SparseVector>& vectors,
                                     const CandidateOptions& options) {
  const std::vector<size_t>& ment = Find(index.mentioned, day);
  const std::vector<size_t>& pub = Find(index.published, day);
  std::vector<size_t> all(ment);
  all.insert(all.end(), pub.begin(), pub.end());
  if (!options.knee_filter || ment.empty() || pub.empty()) return all;
  SparseVector centroid = Normalized(SharedCentroid(ment, pub, vectors));
  std::vector<double> sims;
  for (size_t i : all) sims.push_back(Dot(vectors[i], centroid));
  std::vector<double> sorted(sims);
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  const double threshold = sorted[KneePoint(sorted)];
  std::vector<size_t> kept;
  for (size_t k = 0; k < all.size(); ++k) {
    if (sims[k] > 0 && sims[k] >= threshold) kept.push_back(all[k]);
  }
  return kept.empty() ? all : kept;
}

}  // namespace storyline
