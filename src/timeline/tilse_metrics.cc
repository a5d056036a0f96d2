// tilse's TimelineRougeEvaluator and date evaluation (see tilse_metrics.h).
// Costs and weights are computed with the same floating-point operations, in
// the same order, as tilse's Python, so that ties in the date alignments break
// the same way.
#include "timeline/tilse_metrics.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <set>
#include <unordered_map>

#include "timeline/linear_assignment.h"

namespace storyline::timeline {
namespace {

constexpr int kOrders = 2;  // ROUGE-1 and ROUGE-2 are reported

// Counts pooled over many comparisons, for ROUGE-1 and ROUGE-2.
struct Pool {
  double prec_num[kOrders] = {0, 0};
  double prec_den[kOrders] = {0, 0};
  double rec_num[kOrders] = {0, 0};
  double rec_den[kOrders] = {0, 0};

  void AddPrecision(const std::vector<RougeCounts>& c, double weight) {
    for (int n = 0; n < kOrders && n < static_cast<int>(c.size()); ++n) {
      prec_num[n] += weight * c[n].hit;
      prec_den[n] += c[n].peer;
    }
  }
  void AddRecall(const std::vector<RougeCounts>& c, double weight) {
    for (int n = 0; n < kOrders && n < static_cast<int>(c.size()); ++n) {
      rec_num[n] += weight * c[n].hit;
      rec_den[n] += c[n].model;
    }
  }
  RougeScores Scores() const {
    PrecisionRecallF s[kOrders];
    for (int n = 0; n < kOrders; ++n) {
      s[n].precision = prec_den[n] == 0 ? 0 : prec_num[n] / prec_den[n];
      s[n].recall = rec_den[n] == 0 ? 0 : rec_num[n] / rec_den[n];
      s[n].f_score = FScore(s[n].precision, s[n].recall);
    }
    return {s[0], s[1]};
  }
};

const std::vector<std::string> kNoSentences;

const std::vector<std::string>& SummaryAt(const Timeline& tl, const std::string& date) {
  auto it = tl.entries.find(date);
  return it == tl.entries.end() ? kNoSentences : it->second;
}

// tilse's GroundTruth: the union of the references' dates, and for a date one
// model per reference timeline (empty where that timeline lacks the date).
class References {
 public:
  explicit References(const std::vector<Timeline>& refs) : refs_(refs) {
    std::set<std::string> dates;
    for (const Timeline& tl : refs) {
      for (const auto& entry : tl.entries) dates.insert(entry.first);
    }
    dates_.assign(dates.begin(), dates.end());
  }
  const std::vector<std::string>& dates() const { return dates_; }
  size_t size() const { return refs_.size(); }
  std::vector<Summary> At(const std::string& date) const {
    std::vector<Summary> models;
    for (const Timeline& tl : refs_) models.push_back(SummaryAt(tl, date));
    return models;
  }
  std::vector<Summary> Concatenated() const {
    std::vector<Summary> models;
    for (const Timeline& tl : refs_) {
      Summary all;
      for (const auto& [date, sents] : tl.entries) all.insert(all.end(), sents.begin(), sents.end());
      models.push_back(std::move(all));
    }
    return models;
  }

 private:
  const std::vector<Timeline>& refs_;
  std::vector<std::string> dates_;
};

std::vector<std::string> Dates(const Timeline& tl) {
  std::vector<std::string> dates;
  for (const auto& entry : tl.entries) dates.push_back(entry.first);
  return dates;
}

long Days(const std::string& date) {
  long days = 0;
  return DateToDays(date, days) ? days : 0;
}

// 1 / (|days between a and b| + 1): tilse's date-distance weight.
double DateWeight(const std::string& a, const std::string& b) {
  return 1.0 / static_cast<double>(std::labs(Days(a) - Days(b)) + 1);
}

RougeScores Concat(const RougeScorer& rouge, const Timeline& system, const References& refs) {
  Summary all;
  for (const auto& [date, sents] : system.entries) all.insert(all.end(), sents.begin(), sents.end());
  Pool pool;
  const std::vector<RougeCounts> c = rouge.Count(all, refs.Concatenated());
  pool.AddPrecision(c, 1.0);
  pool.AddRecall(c, 1.0);
  return pool.Scores();
}

RougeScores Agreement(const RougeScorer& rouge, const Timeline& system, const References& refs) {
  std::set<std::string> all(refs.dates().begin(), refs.dates().end());
  for (const auto& entry : system.entries) all.insert(entry.first);
  const std::set<std::string> ref_dates(refs.dates().begin(), refs.dates().end());
  Pool pool;
  for (const std::string& date : all) {
    const std::vector<RougeCounts> c = rouge.Count(SummaryAt(system, date), refs.At(date));
    if (system.entries.count(date)) pool.AddPrecision(c, 1.0);
    if (ref_dates.count(date)) pool.AddRecall(c, 1.0);
  }
  return pool.Scores();
}

}  // namespace

namespace {

using TokenCounts = std::unordered_map<std::string, int>;

// Python's string.punctuation. tilse drops a token that occurs in it as a
// substring ("," and "." but also "()"), not only single punctuation marks.
constexpr std::string_view kPythonPunctuation = R"(!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)";

// Whitespace tokens of a summary with their counts, punctuation dropped; no
// other normalization (case stays).
TokenCounts WhitespaceTokenCounts(const Summary& summary, int& total) {
  TokenCounts counts;
  total = 0;
  for (const std::string& sentence : summary) {
    size_t i = 0;
    while (i < sentence.size()) {
      while (i < sentence.size() && std::isspace(static_cast<unsigned char>(sentence[i]))) ++i;
      size_t j = i;
      while (j < sentence.size() && !std::isspace(static_cast<unsigned char>(sentence[j]))) ++j;
      const std::string_view token = std::string_view(sentence).substr(i, j - i);
      if (j > i && kPythonPunctuation.find(token) == std::string_view::npos) {
        ++counts[std::string(token)];
        ++total;
      }
      i = j;
    }
  }
  return counts;
}

struct CountedSummary {
  TokenCounts counts;
  int total = 0;
};

CountedSummary Counted(const Summary& s) {
  CountedSummary c;
  c.counts = WhitespaceTokenCounts(s, c.total);
  return c;
}

// tilse's compute_rouge_approximation: an F1 of clipped token overlap.
double ApproximateRouge1(const CountedSummary& pred, const std::vector<CountedSummary>& refs) {
  long match = 0;
  long recall_denom = 0;
  for (const CountedSummary& ref : refs) {
    recall_denom += ref.total;
    for (const auto& [token, count] : pred.counts) {
      auto it = ref.counts.find(token);
      if (it != ref.counts.end()) match += std::min(count, it->second);
    }
  }
  const long prec_denom = static_cast<long>(refs.size()) * pred.total;
  const double precision = prec_denom == 0 ? 0 : static_cast<double>(match) / prec_denom;
  const double recall = recall_denom == 0 ? 0 : static_cast<double>(match) / recall_denom;
  if (precision + recall == 0) return 0;
  return 2 * precision * recall / (precision + recall);
}

// Rows: system dates; columns: reference dates. With `content`, tilse's
// date-content costs, otherwise its date costs.
CostMatrix AlignmentCosts(const Timeline& system, const std::vector<std::string>& pred_dates,
                          const References& refs, bool content) {
  const std::vector<std::string>& ref_dates = refs.dates();
  CostMatrix m{static_cast<int>(pred_dates.size()), static_cast<int>(ref_dates.size()), {}};
  std::vector<CountedSummary> preds;
  std::vector<std::vector<CountedSummary>> golds;
  if (content) {
    for (const std::string& d : pred_dates) preds.push_back(Counted(SummaryAt(system, d)));
    for (const std::string& d : ref_dates) {
      golds.emplace_back();
      for (const Summary& s : refs.At(d)) golds.back().push_back(Counted(s));
    }
  }
  for (int r = 0; r < m.rows; ++r) {
    for (int c = 0; c < m.cols; ++c) {
      const double date_factor = 1 - DateWeight(pred_dates[r], ref_dates[c]);
      m.values.push_back(content ? date_factor * (1 - ApproximateRouge1(preds[r], golds[c]))
                                 : date_factor);
    }
  }
  return m;
}

using Assign = std::function<std::vector<std::pair<int, int>>(const CostMatrix&)>;

// tilse's _evaluate_per_day_mapping_micro: precision over system dates aligned to
// reference dates, recall over reference dates aligned to system dates; an
// unaligned date adds its n-grams to the denominator and no hits.
RougeScores Aligned(const RougeScorer& rouge, const Timeline& system, const References& refs,
                    const CostMatrix& prec_costs, const Assign& assign) {
  const std::vector<std::string> pred_dates = Dates(system);
  const std::vector<std::string>& ref_dates = refs.dates();
  const std::vector<Summary> no_models(refs.size(), Summary{""});
  Pool pool;
  std::vector<bool> matched(pred_dates.size(), false);
  for (auto [row, col] : assign(prec_costs)) {
    const std::string& pd = pred_dates[row];
    const std::string& rd = ref_dates[col];
    pool.AddPrecision(rouge.Count(SummaryAt(system, pd), refs.At(rd)), DateWeight(pd, rd));
    matched[row] = true;
  }
  for (size_t i = 0; i < pred_dates.size(); ++i) {
    if (!matched[i]) pool.AddPrecision(rouge.Count(SummaryAt(system, pred_dates[i]), no_models), 1);
  }
  matched.assign(ref_dates.size(), false);
  for (auto [row, col] : assign(Transpose(prec_costs))) {
    const std::string& rd = ref_dates[row];
    const std::string& pd = pred_dates[col];
    pool.AddRecall(rouge.Count(SummaryAt(system, pd), refs.At(rd)), DateWeight(pd, rd));
    matched[row] = true;
  }
  for (size_t i = 0; i < ref_dates.size(); ++i) {
    if (!matched[i]) pool.AddRecall(rouge.Count(Summary{""}, refs.At(ref_dates[i])), 1);
  }
  return pool.Scores();
}

PrecisionRecallF DateScores(const Timeline& system, const References& refs) {
  size_t both = 0;
  for (const std::string& d : refs.dates()) both += system.entries.count(d);
  PrecisionRecallF s;
  const double n = static_cast<double>(both);
  s.precision = system.entries.empty() ? 0 : n / system.entries.size();
  s.recall = refs.dates().empty() ? 0 : n / refs.dates().size();
  s.f_score = FScore(s.precision, s.recall);
  return s;
}

// Calls fn(metric, measure, score) for every score, in tilse's order.
template <typename Scores, typename Fn>
void ForEachScore(Scores& s, Fn fn) {
  auto rouge = [&](const char* metric, auto& r) {
    fn(metric, "rouge_1", r.rouge_1);
    fn(metric, "rouge_2", r.rouge_2);
  };
  rouge("concat", s.concat);
  rouge("agreement", s.agreement);
  rouge("align_date_costs", s.align_date_costs);
  rouge("align_date_content_costs", s.align_date_content_costs);
  rouge("align_date_content_costs_many_to_one", s.align_date_content_costs_many_to_one);
  fn("date", "", s.date);
}

}  // namespace

bool DateToDays(const std::string& date, long& days) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  const long y = std::stol(date.substr(0, 4));
  const unsigned m = std::stoul(date.substr(5, 2));
  const unsigned d = std::stoul(date.substr(8, 2));
  static constexpr unsigned kMonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m < 1 || m > 12 || d < 1 || d > kMonthDays[m - 1] || (m == 2 && d == 29 && !leap)) {
    return false;
  }
  // Days from civil (proleptic Gregorian calendar), after H. Hinnant.
  const long yy = y - (m <= 2);
  const long era = (yy >= 0 ? yy : yy - 399) / 400;
  const long yoe = yy - era * 400;
  const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  days = era * 146097 + doe - 719468;
  return true;
}

TimelineScores EvaluateTimeline(const Timeline& system, const std::vector<Timeline>& references,
                                const TilseOptions& options) {
  const RougeScorer rouge(options.rouge);
  const References refs(references);
  const std::vector<std::string> pred_dates = Dates(system);
  const CostMatrix date_costs = AlignmentCosts(system, pred_dates, refs, false);
  const CostMatrix content_costs = AlignmentCosts(system, pred_dates, refs, true);
  TimelineScores s;
  s.concat = Concat(rouge, system, refs);
  s.agreement = Agreement(rouge, system, refs);
  s.align_date_costs = Aligned(rouge, system, refs, date_costs, SolveLinearAssignment);
  s.align_date_content_costs = Aligned(rouge, system, refs, content_costs, SolveLinearAssignment);
  s.align_date_content_costs_many_to_one =
      Aligned(rouge, system, refs, content_costs, AssignRowsToMinimum);
  s.date = DateScores(system, refs);
  return s;
}

TimelineScores AverageScores(const std::vector<TimelineScores>& per_task) {
  TimelineScores mean;
  if (per_task.empty()) return mean;
  for (const TimelineScores& task : per_task) {
    const std::vector<NamedScore> flat = FlattenScores(task);
    size_t k = 0;
    ForEachScore(mean, [&](const char*, const char*, PrecisionRecallF& m) {
      m.precision += flat[k].value.precision;
      m.recall += flat[k].value.recall;
      ++k;
    });
  }
  const double n = static_cast<double>(per_task.size());
  ForEachScore(mean, [n](const char*, const char*, PrecisionRecallF& m) {
    m.precision /= n;
    m.recall /= n;
    m.f_score = FScore(m.precision, m.recall);
  });
  return mean;
}

std::vector<NamedScore> FlattenScores(const TimelineScores& scores) {
  std::vector<NamedScore> out;
  ForEachScore(scores, [&](const char* metric, const char* measure, const PrecisionRecallF& v) {
    out.push_back({metric, measure, v});
  });
  return out;
}

}  // namespace storyline::timeline
