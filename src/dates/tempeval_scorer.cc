#include "dates/tempeval_scorer.h"

namespace storyline::dates {
namespace {

bool Overlap(const Span& a, const Span& b) { return a.begin < b.end && b.begin < a.end; }

double Ratio(long a, long b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }

PRF MakePRF(double p, double r) {
  PRF out{p, r, 0.0};
  out.f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  return out;
}

PRF Scaled(const PRF& base, double factor) {
  return PRF{base.precision * factor, base.recall * factor, base.f1 * factor};
}

}  // namespace

TempEvalCounts& TempEvalCounts::operator+=(const TempEvalCounts& o) {
  gold += o.gold, system += o.system, strict += o.strict, relaxed += o.relaxed;
  type += o.type, value += o.value;
  return *this;
}

std::vector<std::pair<size_t, size_t>> AlignTimexes(const std::vector<TimexAnnotation>& gold,
                                                    const std::vector<TimexAnnotation>& system) {
  std::vector<std::pair<size_t, size_t>> pairs;
  std::vector<bool> used(system.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    size_t pick = system.size();
    for (size_t s = 0; s < system.size(); ++s) {
      if (used[s] || !Overlap(gold[g].span, system[s].span)) continue;
      if (system[s].span == gold[g].span) { pick = s; break; }
      if (pick == system.size()) pick = s;
    }
    if (pick == system.size()) continue;
    used[pick] = true;
    pairs.emplace_back(g, pick);
  }
  return pairs;
}

TempEvalCounts CountDocument(const std::vector<TimexAnnotation>& gold,
                             const std::vector<TimexAnnotation>& system) {
  TempEvalCounts c;
  c.gold = static_cast<long>(gold.size());
  c.system = static_cast<long>(system.size());
  for (auto [g, s] : AlignTimexes(gold, system)) {
    ++c.relaxed;
    if (gold[g].span == system[s].span) ++c.strict;
    if (gold[g].type == system[s].type) ++c.type;
    if (gold[g].value == system[s].value) ++c.value;
  }
  return c;
}

TempEvalScores Score(const TempEvalCounts& c) {
  TempEvalScores s;
  s.strict = MakePRF(Ratio(c.strict, c.system), Ratio(c.strict, c.gold));
  s.relaxed = MakePRF(Ratio(c.relaxed, c.system), Ratio(c.relaxed, c.gold));
  s.value_accuracy = Ratio(c.value, c.relaxed);
  s.type_accuracy = Ratio(c.type, c.relaxed);
  s.value = Scaled(s.relaxed, s.value_accuracy);
  s.type = Scaled(s.relaxed, s.type_accuracy);
  return s;
}

}  // namespace storyline::dates
