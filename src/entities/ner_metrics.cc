#include "entities/ner_metrics.h"

#include <cstdio>
#include <set>
#include <tuple>

#include "entities/ner_tags.h"

namespace storyline {

void NerScorer::Add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  using Key = std::tuple<size_t, size_t, std::string>;
  std::set<Key> gold_set;
  for (const TagSpan& s : SpansFromTags(gold)) {
    gold_set.insert({s.begin, s.end, s.type});
    ++per_type_[s.type].gold;
    ++overall_.gold;
  }
  for (const TagSpan& s : SpansFromTags(predicted)) {
    ++per_type_[s.type].predicted;
    ++overall_.predicted;
    if (gold_set.count({s.begin, s.end, s.type})) {
      ++per_type_[s.type].correct;
      ++overall_.correct;
    }
  }
}

std::string NerScorer::Report() const {
  std::string out = "type   gold  pred  correct  precision  recall  F1\n";
  char line[160];
  auto row = [&](const std::string& name, const NerCounts& c) {
    std::snprintf(line, sizeof(line), "%-5s %5zu %5zu %8zu %10.3f %7.3f %6.3f\n", name.c_str(), c.gold, c.predicted,
                  c.correct, c.Precision(), c.Recall(), c.F1());
    out += line;
  };
  for (const auto& [type, counts] : per_type_) row(type, counts);
  row("ALL", overall_);
  return out;
}

}  // namespace storyline
