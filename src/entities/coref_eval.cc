#include "entities/coref_eval.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace storyline {
namespace {

PrfScore Make(double p_num, double p_den, double r_num, double r_den) {
  PrfScore s;
  s.precision = p_den > 0 ? p_num / p_den : 0.0;
  s.recall = r_den > 0 ? r_num / r_den : 0.0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
  return s;
}

// Mention id -> index of its cluster.
std::unordered_map<uint64_t, size_t> ClusterOf(const Clusters& clusters) {
  std::unordered_map<uint64_t, size_t> of;
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (uint64_t m : clusters[c]) of[m] = c;
  }
  return of;
}

// MUC recall of `key` against `response` as (numerator, denominator).
std::pair<double, double> MucRecall(const Clusters& key, const Clusters& response) {
  auto of = ClusterOf(response);
  double num = 0, den = 0;
  for (const auto& k : key) {
    std::vector<size_t> parts;
    size_t missing = 0;
    for (uint64_t m : k) {
      auto it = of.find(m);
      if (it == of.end()) { ++missing; continue; }
      if (std::find(parts.begin(), parts.end(), it->second) == parts.end()) parts.push_back(it->second);
    }
    num += static_cast<double>(k.size()) - static_cast<double>(parts.size() + missing);
    den += static_cast<double>(k.size()) - 1;
  }
  return {num, den};
}

// Sum over clusters of `a` of sum over overlapping clusters of `b` of |a∩b|^2/|a|.
double BCubedNumerator(const Clusters& a, const Clusters& b) {
  auto of = ClusterOf(b);
  double num = 0;
  for (const auto& c : a) {
    std::unordered_map<size_t, double> overlap;
    for (uint64_t m : c) {
      if (auto it = of.find(m); it != of.end()) overlap[it->second] += 1;
    }
    for (const auto& [_, n] : overlap) num += n * n / static_cast<double>(c.size());
  }
  return num;
}

size_t TotalMentions(const Clusters& c) {
  size_t n = 0;
  for (const auto& x : c) n += x.size();
  return n;
}

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

PrfScore MucScore(const Clusters& key, const Clusters& response) {
  auto [r_num, r_den] = MucRecall(key, response);
  auto [p_num, p_den] = MucRecall(response, key);
  return Make(p_num, p_den, r_num, r_den);
}

PrfScore BCubedScore(const Clusters& key, const Clusters& response) {
  return Make(BCubedNumerator(response, key), static_cast<double>(TotalMentions(response)),
              BCubedNumerator(key, response), static_cast<double>(TotalMentions(key)));
}

std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weights) {
  size_t rows = weights.size(), cols = rows ? weights[0].size() : 0;
  size_t n = std::max(rows, cols);
  // Square cost matrix, 1-based (the classic O(n^3) potentials formulation).
  const double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1), v(n + 1), minv(n + 1);
  std::vector<size_t> p(n + 1), way(n + 1);
  auto cost = [&](size_t i, size_t j) {
    return i <= rows && j <= cols ? -weights[i - 1][j - 1] : 0.0;
  };
  for (size_t i = 1; i <= n; ++i) {
    p[0] = i;
    size_t j0 = 0;
    std::fill(minv.begin(), minv.end(), kInf);
    std::vector<bool> used(n + 1, false);
    do {
      used[j0] = true;
      size_t i0 = p[j0], j1 = 0;
      double delta = kInf;
      for (size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        double cur = cost(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (size_t j = 0; j <= n; ++j) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else { minv[j] -= delta; }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do { size_t j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0 != 0);
  }
  std::vector<int> row_to_col(rows, -1);
  for (size_t j = 1; j <= n; ++j) {
    if (p[j] >= 1 && p[j] <= rows && j <= cols) row_to_col[p[j] - 1] = static_cast<int>(j - 1);
  }
  return row_to_col;
}

PrfScore CeafeScore(const Clusters& key, const Clusters& response) {
  // Only overlapping clusters can align; solve each connected component alone.
  auto of = ClusterOf(response);
  size_t nk = key.size(), nr = response.size();
  std::vector<size_t> parent(nk + nr);
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::unordered_map<size_t, double>> overlap(nk);
  for (size_t k = 0; k < nk; ++k) {
    for (uint64_t m : key[k]) {
      auto it = of.find(m);
      if (it == of.end()) continue;
      overlap[k][it->second] += 1;
      parent[Find(parent, k)] = Find(parent, nk + it->second);
    }
  }
  std::unordered_map<size_t, std::pair<std::vector<size_t>, std::vector<size_t>>> components;
  for (size_t k = 0; k < nk; ++k) {
    if (!overlap[k].empty()) components[Find(parent, k)].first.push_back(k);
  }
  for (size_t r = 0; r < nr; ++r) components[Find(parent, nk + r)].second.push_back(r);
  double total = 0;
  for (const auto& [_, comp] : components) {
    const auto& [ks, rs] = comp;
    if (ks.empty() || rs.empty()) continue;
    std::vector<std::vector<double>> w(ks.size(), std::vector<double>(rs.size(), 0.0));
    for (size_t a = 0; a < ks.size(); ++a) {
      for (size_t b = 0; b < rs.size(); ++b) {
        auto it = overlap[ks[a]].find(rs[b]);
        if (it == overlap[ks[a]].end()) continue;
        w[a][b] = 2 * it->second / static_cast<double>(key[ks[a]].size() + response[rs[b]].size());
      }
    }
    std::vector<int> assign = MaxWeightAssignment(w);
    for (size_t a = 0; a < ks.size(); ++a) {
      if (assign[a] >= 0) total += w[a][assign[a]];
    }
  }
  return Make(total, static_cast<double>(nr), total, static_cast<double>(nk));
}

CorefScores ScoreCoreference(const Clusters& key, const Clusters& response) {
  CorefScores s;
  s.muc = MucScore(key, response);
  s.b3 = BCubedScore(key, response);
  s.ceafe = CeafeScore(key, response);
  s.conll_f1 = (s.muc.f1 + s.b3.f1 + s.ceafe.f1) / 3.0;
  return s;
}

}  // namespace storyline
