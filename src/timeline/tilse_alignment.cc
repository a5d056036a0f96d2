#include "timeline/tilse_alignment.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

#include "timeline/tilse_metrics.h"

namespace storyline::timeline {
namespace {

// Python's string.punctuation; tilse tests `token in string.punctuation`,
// which is a substring test.
constexpr std::string_view kPythonPunctuation = R"(!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)";

// A summary's whitespace tokens with their counts, punctuation dropped.
struct TokenBag {
  std::unordered_map<std::string, int> counts;
  long total = 0;
};

TokenBag Bag(const Summary& summary) {
  TokenBag bag;
  for (const std::string& sentence : summary) {
    size_t i = 0;
    while (i < sentence.size()) {
      while (i < sentence.size() && std::isspace(static_cast<unsigned char>(sentence[i]))) ++i;
      size_t j = i;
      while (j < sentence.size() && !std::isspace(static_cast<unsigned char>(sentence[j]))) ++j;
      const std::string_view token = std::string_view(sentence).substr(i, j - i);
      if (j > i && kPythonPunctuation.find(token) == std::string_view::npos) {
        ++bag.counts[std::string(token)];
        ++bag.total;
      }
      i = j;
    }
  }
  return bag;
}

std::vector<TokenBag> Bags(const std::vector<Summary>& summaries) {
  std::vector<TokenBag> bags;
  for (const Summary& s : summaries) bags.push_back(Bag(s));
  return bags;
}

double ApproximateRouge1(const TokenBag& system, const std::vector<TokenBag>& references) {
  long match = 0;
  long recall_denom = 0;
  for (const TokenBag& ref : references) {
    recall_denom += ref.total;
    for (const auto& [token, count] : system.counts) {
      auto it = ref.counts.find(token);
      if (it != ref.counts.end()) match += std::min(count, it->second);
    }
  }
  const long prec_denom = static_cast<long>(references.size()) * system.total;
  const double precision = prec_denom == 0 ? 0 : static_cast<double>(match) / prec_denom;
  const double recall = recall_denom == 0 ? 0 : static_cast<double>(match) / recall_denom;
  if (precision + recall == 0) return 0;
  return 2 * precision * recall / (precision + recall);
}

long Days(const std::string& date) {
  long days = 0;
  return DateToDays(date, days) ? days : 0;
}

}  // namespace

double DateWeight(const std::string& a, const std::string& b) {
  return 1.0 / static_cast<double>(std::labs(Days(a) - Days(b)) + 1);
}

double ApproximateRouge1(const Summary& system, const std::vector<Summary>& references) {
  return ApproximateRouge1(Bag(system), Bags(references));
}

CostMatrix DateCosts(const std::vector<std::string>& system_dates,
                     const std::vector<std::string>& reference_dates) {
  CostMatrix m{static_cast<int>(system_dates.size()), static_cast<int>(reference_dates.size()), {}};
  for (const std::string& s : system_dates) {
    for (const std::string& r : reference_dates) m.values.push_back(1 - DateWeight(s, r));
  }
  return m;
}

CostMatrix DateContentCosts(const std::vector<std::string>& system_dates,
                            const std::vector<Summary>& system_summaries,
                            const std::vector<std::string>& reference_dates,
                            const std::vector<std::vector<Summary>>& reference_models) {
  const std::vector<TokenBag> system = Bags(system_summaries);
  std::vector<std::vector<TokenBag>> references;
  for (const std::vector<Summary>& models : reference_models) references.push_back(Bags(models));
  CostMatrix m = DateCosts(system_dates, reference_dates);
  for (int r = 0; r < m.rows; ++r) {
    for (int c = 0; c < m.cols; ++c) {
      double& cost = m.values[static_cast<size_t>(r) * m.cols + c];
      cost = cost * (1 - ApproximateRouge1(system[r], references[c]));
    }
  }
  return m;
}

}  // namespace storyline::timeline
