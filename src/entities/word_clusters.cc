#include "entities/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "common/hash.h"
#include "entities/ner_io.h"

namespace storyline {
namespace {

constexpr uint32_t kBoundary = 0;  // interned first: the sentence boundary

// Items (words, or classes at the coarse level) with their counts and the
// counts of the bigrams between them, successors and predecessors in CSR form.
struct BigramGraph {
  std::vector<int64_t> count;
  std::vector<size_t> succ_begin, pred_begin;        // size items + 1
  std::vector<std::pair<uint32_t, int64_t>> succ, pred;  // (other item, bigram count)

  size_t size() const { return count.size(); }

  // `pairs`: (left << 32 | right), one per bigram occurrence, in any order.
  static BigramGraph FromPairs(std::vector<uint64_t> pairs, std::vector<int64_t> counts);
  // Items are the classes of `graph` under `cls` (0..classes-1).
  static BigramGraph Quotient(const BigramGraph& graph, const std::vector<int>& cls, int classes);
};

void FillCsr(const std::vector<std::pair<uint64_t, int64_t>>& runs, size_t items, bool by_right,
             std::vector<size_t>* begin, std::vector<std::pair<uint32_t, int64_t>>* edges) {
  begin->assign(items + 1, 0);
  for (const auto& [key, n] : runs) ++(*begin)[(by_right ? key & 0xFFFFFFFFu : key >> 32) + 1];
  std::partial_sum(begin->begin(), begin->end(), begin->begin());
  edges->resize(runs.size());
  std::vector<size_t> next(begin->begin(), begin->end() - 1);
  for (const auto& [key, n] : runs) {
    uint32_t left = static_cast<uint32_t>(key >> 32), right = static_cast<uint32_t>(key & 0xFFFFFFFFu);
    (*edges)[next[by_right ? right : left]++] = {by_right ? left : right, n};
  }
}

BigramGraph MakeGraph(std::vector<std::pair<uint64_t, int64_t>> runs, std::vector<int64_t> counts) {
  BigramGraph g;
  g.count = std::move(counts);
  FillCsr(runs, g.size(), /*by_right=*/false, &g.succ_begin, &g.succ);
  FillCsr(runs, g.size(), /*by_right=*/true, &g.pred_begin, &g.pred);
  return g;
}

BigramGraph BigramGraph::FromPairs(std::vector<uint64_t> pairs, std::vector<int64_t> counts) {
  std::sort(pairs.begin(), pairs.end());
  std::vector<std::pair<uint64_t, int64_t>> runs;
  for (uint64_t p : pairs) {
    if (runs.empty() || runs.back().first != p) runs.push_back({p, 0});
    ++runs.back().second;
  }
  return MakeGraph(std::move(runs), std::move(counts));
}

BigramGraph BigramGraph::Quotient(const BigramGraph& graph, const std::vector<int>& cls, int classes) {
  std::vector<int64_t> cell(static_cast<size_t>(classes) * classes, 0), counts(classes, 0);
  for (size_t u = 0; u < graph.size(); ++u) {
    counts[cls[u]] += graph.count[u];
    for (size_t e = graph.succ_begin[u]; e < graph.succ_begin[u + 1]; ++e) {
      cell[static_cast<size_t>(cls[u]) * classes + cls[graph.succ[e].first]] += graph.succ[e].second;
    }
  }
  std::vector<std::pair<uint64_t, int64_t>> runs;
  for (size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] > 0) runs.push_back({(uint64_t{i / classes} << 32) | (i % classes), cell[i]});
  }
  return MakeGraph(std::move(runs), std::move(counts));
}

// The exchange algorithm over a BigramGraph. The objective (class-bigram
// log-likelihood up to constants) is sum F(N(c,d)) - 2 sum F(N(c)), F(x) = x log x.
class Exchanger {
 public:
  Exchanger(const BigramGraph& g, int classes) : g_(g), c_(classes) {
    cls_.resize(g.size());
    // Items come most frequent first: the first `classes` get a class each.
    for (size_t i = 0; i < g.size(); ++i) cls_[i] = static_cast<int>(i % classes);
    class_count_.assign(c_, 0);
    m_.assign(static_cast<size_t>(c_) * c_, 0);
    for (size_t u = 0; u < g.size(); ++u) {
      class_count_[cls_[u]] += g.count[u];
      for (size_t e = g.succ_begin[u]; e < g.succ_begin[u + 1]; ++e) {
        Cell(cls_[u], cls_[g.succ[e].first]) += g.succ[e].second;
      }
    }
    s_.assign(c_, 0);
    p_.assign(c_, 0);
    for (int64_t x = 0; x < static_cast<int64_t>(f_table_.size()); ++x) {
      f_table_[x] = x > 0 ? static_cast<double>(x) * std::log(static_cast<double>(x)) : 0.0;
    }
  }

  // Runs up to `passes` passes (stops early when a pass moves nothing).
  void Run(int passes, const char* level, std::vector<std::string>* log) {
    for (int pass = 0; pass < passes; ++pass) {
      size_t moved = 0;
      for (size_t w = 0; w < g_.size(); ++w) moved += Move(w);
      if (log) log->push_back(std::string("word classes, ") + level + " pass " + std::to_string(pass + 1) + ": " +
                              std::to_string(moved) + " of " + std::to_string(g_.size()) + " moved");
      if (moved == 0) break;
    }
  }

  const std::vector<int>& classes() const { return cls_; }

 private:
  int64_t& Cell(int left, int right) { return m_[static_cast<size_t>(left) * c_ + right]; }
  double F(int64_t x) const {
    return x < static_cast<int64_t>(f_table_.size()) ? f_table_[x] : static_cast<double>(x) * std::log(static_cast<double>(x));
  }

  // Takes `w` out of its class, puts it in the best one; true when that changed its class.
  bool Move(size_t w) {
    const int from = cls_[w];
    int64_t self = 0;
    s_touched_.clear();
    p_touched_.clear();
    for (size_t e = g_.succ_begin[w]; e < g_.succ_begin[w + 1]; ++e) {
      auto [v, n] = g_.succ[e];
      if (v == w) { self += n; continue; }
      int d = cls_[v];
      if (s_[d] == 0) s_touched_.push_back(d);
      s_[d] += n;
    }
    for (size_t e = g_.pred_begin[w]; e < g_.pred_begin[w + 1]; ++e) {
      auto [u, n] = g_.pred[e];
      if (u == w) continue;
      int c = cls_[u];
      if (p_[c] == 0) p_touched_.push_back(c);
      p_[c] += n;
    }
    Shift(w, from, self, -1);
    int best = from;
    double best_gain = Gain(from, g_.count[w], self);
    for (int b = 0; b < c_; ++b) {
      if (b == from) continue;
      double gain = Gain(b, g_.count[w], self);
      if (gain > best_gain + 1e-9) { best_gain = gain; best = b; }
    }
    Shift(w, best, self, +1);
    cls_[w] = best;
    for (int d : s_touched_) s_[d] = 0;
    for (int c : p_touched_) p_[c] = 0;
    return best != from;
  }

  // Adds (sign +1) or removes (-1) item `w`'s counts to/from class `b`.
  void Shift(size_t w, int b, int64_t self, int sign) {
    for (int d : s_touched_) Cell(b, d) += sign * s_[d];
    for (int c : p_touched_) Cell(c, b) += sign * p_[c];
    Cell(b, b) += sign * self;
    class_count_[b] += sign * g_.count[w];
  }

  // Objective change from adding the removed item (count `n`) to class `b`.
  double Gain(int b, int64_t n, int64_t self) {
    double gain = 0;
    for (int d : s_touched_) {
      if (d == b) continue;
      int64_t x = Cell(b, d);
      gain += F(x + s_[d]) - F(x);
    }
    for (int c : p_touched_) {
      if (c == b) continue;
      int64_t x = Cell(c, b);
      gain += F(x + p_[c]) - F(x);
    }
    int64_t x = Cell(b, b);
    gain += F(x + s_[b] + p_[b] + self) - F(x);
    int64_t k = class_count_[b];
    return gain - 2 * (F(k + n) - F(k));
  }

  const BigramGraph& g_;
  const int c_;
  std::vector<int> cls_;
  std::vector<int64_t> class_count_, m_;
  std::vector<int64_t> s_, p_;  // the removed item's bigram counts per class (right, left)
  std::vector<int> s_touched_, p_touched_;
  std::vector<double> f_table_ = std::vector<double>(1 << 20);
};

}  // namespace

uint64_t WordClusters::Key(std::string_view word) {
  constexpr uint64_t kSeed = 0x57434C53;  // "WCLS"
  uint64_t key;
  if (word.find_first_of("0123456789") == std::string_view::npos) {
    key = Hash64(word, kSeed);
  } else {
    std::string w(word);
    for (char& ch : w) {
      if (ch >= '0' && ch <= '9') ch = '0';
    }
    key = Hash64(w, kSeed);
  }
  return key == 0 ? 1 : key;
}

size_t WordClusters::Slot(uint64_t key) const {
  size_t mask = keys_.size() - 1;
  size_t i = static_cast<size_t>(key ^ (key >> 29)) & mask;
  while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask;
  return i;
}

void WordClusters::Grow() {
  std::vector<uint64_t> keys = std::move(keys_);
  std::vector<Classes> values = std::move(values_);
  keys_.assign(keys.empty() ? 1024 : keys.size() * 2, 0);
  values_.assign(keys_.size(), Classes{});
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == 0) continue;
    size_t slot = Slot(keys[i]);
    keys_[slot] = keys[i];
    values_[slot] = values[i];
  }
}

void WordClusters::AddKey(uint64_t key, Classes classes) {
  if ((size_ + 1) * 2 > keys_.size()) Grow();  // at most half full
  size_t slot = Slot(key);
  if (keys_[slot] == 0) {
    keys_[slot] = key;
    ++size_;
  }
  values_[slot] = classes;
}

WordClusters::Classes WordClusters::Lookup(std::string_view word) const {
  if (size_ == 0) return {};
  size_t slot = Slot(Key(word));
  return keys_[slot] == 0 ? Classes{} : values_[slot];
}

void WordClusters::AppendTo(std::string* out) const {
  std::vector<std::pair<uint64_t, Classes>> sorted;
  sorted.reserve(size_);
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] != 0) sorted.push_back({keys_[i], values_[i]});
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  PutPod(out, static_cast<uint32_t>(sorted.size()));
  for (const auto& [key, c] : sorted) {
    PutPod(out, key);
    PutPod(out, c.fine);
    PutPod(out, c.coarse);
  }
}

Result<WordClusters> WordClusters::Parse(std::string_view* data) {
  uint32_t n = 0;
  if (!GetPod(data, &n)) return Status::Corruption("truncated word classes");
  WordClusters clusters;
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t key = 0;
    Classes c;
    if (!GetPod(data, &key) || !GetPod(data, &c.fine) || !GetPod(data, &c.coarse)) {
      return Status::Corruption("truncated word class entry");
    }
    clusters.AddKey(key, c);
  }
  return clusters;
}

uint32_t WordClusterBuilder::Intern(std::string_view word) {
  auto [it, inserted] = ids_.try_emplace(std::string(word), static_cast<uint32_t>(words_.size()));
  if (inserted) {
    words_.emplace_back(word);
    counts_.push_back(0);
  }
  ++counts_[it->second];
  return it->second;
}

void WordClusterBuilder::AddSentence(const std::vector<std::string_view>& tokens) {
  if (words_.empty()) Intern("");  // kBoundary
  if (tokens.empty()) return;
  corpus_.push_back(kBoundary);
  ++counts_[kBoundary];
  for (std::string_view t : tokens) corpus_.push_back(Intern(t));
}

WordClusters WordClusterBuilder::Build(const WordClusterOptions& options, std::vector<std::string>* log) const {
  WordClusters out;
  if (corpus_.empty() || options.fine_classes < 2 || options.coarse_classes < 1) return out;
  // Items: the boundary, then the clustered words most frequent first, then one
  // item standing for every rarer word.
  std::vector<uint32_t> ranked;
  for (uint32_t id = 1; id < words_.size(); ++id) {
    if (counts_[id] >= static_cast<uint64_t>(options.min_count)) ranked.push_back(id);
  }
  std::sort(ranked.begin(), ranked.end(), [&](uint32_t a, uint32_t b) {
    return counts_[a] != counts_[b] ? counts_[a] > counts_[b] : words_[a] < words_[b];
  });
  if (ranked.size() > options.max_words) ranked.resize(options.max_words);
  const uint32_t rare = static_cast<uint32_t>(ranked.size() + 1);
  std::vector<uint32_t> item(words_.size(), rare);
  item[kBoundary] = 0;
  std::vector<int64_t> counts(ranked.size() + 2, 0);
  for (size_t r = 0; r < ranked.size(); ++r) item[ranked[r]] = static_cast<uint32_t>(r + 1);
  std::vector<uint64_t> pairs;
  pairs.reserve(corpus_.size());
  for (size_t i = 0; i < corpus_.size(); ++i) {
    uint32_t cur = item[corpus_[i]];
    ++counts[cur];
    uint32_t next = i + 1 < corpus_.size() ? item[corpus_[i + 1]] : 0;
    pairs.push_back((uint64_t{cur} << 32) | next);
  }
  BigramGraph words = BigramGraph::FromPairs(std::move(pairs), std::move(counts));
  if (log) log->push_back("word classes: " + std::to_string(corpus_.size()) + " tokens, " +
                          std::to_string(ranked.size()) + " words clustered");
  Exchanger fine(words, options.fine_classes);
  fine.Run(options.passes, "fine", log);
  BigramGraph classes = BigramGraph::Quotient(words, fine.classes(), options.fine_classes);
  Exchanger coarse(classes, std::min(options.coarse_classes, options.fine_classes));
  coarse.Run(options.passes, "coarse", log);
  for (size_t r = 0; r < ranked.size(); ++r) {
    int f = fine.classes()[r + 1];
    out.Add(words_[ranked[r]], {static_cast<uint16_t>(f + 1), static_cast<uint16_t>(coarse.classes()[f] + 1)});
  }
  return out;
}

}  // namespace storyline
