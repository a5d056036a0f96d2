// ROUGE-1.5.5's n-gram counting (computeNGramScore / createNGram / ngramScore),
// re-expressed for in-memory summaries. See rouge.h for the options it mirrors.
#include "timeline/rouge.h"

#include <algorithm>
#include <cmath>

#include "timeline/porter_stemmer.h"
#include "timeline/smart_stopwords.h"
#include "timeline/wordnet_exceptions.h"

namespace storyline::timeline {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Appends ROUGE's raw tokens of one sentence to `out`.
void TokenizeSentence(const std::string& sentence, std::vector<std::string>& out) {
  // ROUGE's SEE reader keeps a line's text up to its first '<'.
  const size_t stop = std::min(sentence.find('<'), sentence.size());
  std::string token;
  auto flush = [&] {
    if (!token.empty()) out.push_back(std::move(token));
    token.clear();
  };
  for (size_t i = 0; i < stop; ++i) {
    const char c = sentence[i];
    if (IsAsciiAlnum(c)) {
      token += AsciiLower(c);
    } else {
      flush();
      if (c == '^') out.emplace_back("circ");  // pyrouge writes '^' as "&circ;"
    }
  }
  flush();
}

using NGramCounts = std::unordered_map<std::string, int>;

// The n-grams of `tokens` with their counts; sets `total` to their number.
NGramCounts MakeNGrams(const std::vector<std::string>& tokens, int n, int& total) {
  NGramCounts grams;
  total = 0;
  for (size_t i = 0; i + n <= tokens.size(); ++i) {
    std::string gram = tokens[i];
    for (int j = 1; j < n; ++j) gram += ' ' + tokens[i + j];
    ++grams[gram];
    ++total;
  }
  return grams;
}

// Clipped matches: for every model n-gram, min(model count, peer count).
int ClippedHits(const NGramCounts& model, const NGramCounts& peer) {
  int hits = 0;
  for (const auto& [gram, count] : model) {
    auto it = peer.find(gram);
    if (it != peer.end()) hits += std::min(count, it->second);
  }
  return hits;
}

// ROUGE's per-model recall as -f B compares it: printed with 5 decimals.
double RoundedRecall(int hits, int model_total) {
  if (model_total == 0) return 0;
  return std::round(1e5 * hits / model_total) / 1e5;
}

}  // namespace

double FScore(double precision, double recall, double beta) {
  if (precision + recall == 0) return 0;
  const double b2 = beta * beta;
  return (1 + b2) * precision * recall / (b2 * precision + recall);
}

PrecisionRecallF ToPrecisionRecallF(const RougeCounts& c) {
  PrecisionRecallF s;
  s.precision = c.peer > 0 ? c.hit / c.peer : 0;
  s.recall = c.model > 0 ? c.hit / c.model : 0;
  s.f_score = FScore(s.precision, s.recall);
  return s;
}

RougeScorer::RougeScorer(RougeOptions options) : options_(options) {}

const std::string& RougeScorer::Stem(const std::string& token) const {
  auto it = stem_cache_.find(token);
  if (it != stem_cache_.end()) return it->second;
  std::string stem;
  if (auto base = WordNetBaseForm(token)) {
    stem = std::string(*base);
  } else {
    stem = PorterStem(token);
  }
  return stem_cache_.emplace(token, std::move(stem)).first->second;
}

std::vector<std::string> RougeScorer::Analyze(const Summary& summary) const {
  std::vector<std::string> raw;
  for (const std::string& sentence : summary) TokenizeSentence(sentence, raw);
  std::vector<std::string> tokens;
  tokens.reserve(raw.size());
  for (std::string& t : raw) {
    if (options_.remove_stopwords && IsSmartStopWord(t)) continue;
    // ROUGE stems only tokens longer than 3 characters.
    if (options_.stem && t.size() > 3) {
      tokens.push_back(Stem(t));
    } else {
      tokens.push_back(std::move(t));
    }
  }
  return tokens;
}

std::vector<RougeCounts> RougeScorer::Count(const Summary& peer,
                                            const std::vector<Summary>& models) const {
  const std::vector<std::string> peer_tokens = Analyze(peer);
  std::vector<std::vector<std::string>> model_tokens;
  for (const Summary& m : models) model_tokens.push_back(Analyze(m));

  std::vector<RougeCounts> out(std::max(options_.max_n, 0));
  for (int n = 1; n <= options_.max_n; ++n) {
    int peer_total = 0;
    const NGramCounts peer_grams = MakeNGrams(peer_tokens, n, peer_total);
    RougeCounts& counts = out[n - 1];
    double best = -1;
    for (const auto& tokens : model_tokens) {
      int model_total = 0;
      const NGramCounts model_grams = MakeNGrams(tokens, n, model_total);
      const int hits = ClippedHits(model_grams, peer_grams);
      if (options_.model_average) {
        counts.hit += hits;
        counts.model += model_total;
        counts.peer += peer_total;
      } else if (double r = RoundedRecall(hits, model_total); r > best) {
        best = r;
        counts = RougeCounts{static_cast<double>(hits), static_cast<double>(peer_total),
                             static_cast<double>(model_total)};
      }
    }
  }
  return out;
}

std::vector<PrecisionRecallF> RougeScorer::Score(const Summary& peer,
                                                 const std::vector<Summary>& models) const {
  std::vector<PrecisionRecallF> scores;
  for (const RougeCounts& c : Count(peer, models)) scores.push_back(ToPrecisionRecallF(c));
  return scores;
}

}  // namespace storyline::timeline
