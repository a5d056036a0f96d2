#include "entities/ner_corpus_mentions.h"

#include <algorithm>
#include <unordered_set>

#include <unicode/uchar.h>

#include "common/utf8.h"
#include "entities/ner_titles.h"
#include "text/normalize.h"
#include "text/term_stats.h"

namespace storyline {
namespace {

bool IsCapitalized(const std::string& token) {
  if (token.empty()) return false;
  size_t pos = 0;
  char32_t cp = DecodeUtf8(token, &pos);
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsConnector(const std::string& token) {
  static const std::unordered_set<std::string> kConnectors = {"of", "and", "the", "for", "de", "du", "la", "al",
                                                              "von", "van", "der", "&", "-", "on", "del"};
  return kConnectors.count(token) > 0;
}

struct Run {
  size_t begin, end;
};

// Maximal capitalized runs in [b, e) among untagged tokens; connectors only between capitals.
std::vector<Run> CapitalRuns(const std::vector<std::string>& tokens, const std::vector<std::string>& tags,
                             size_t b, size_t e) {
  std::vector<Run> runs;
  size_t i = b;
  while (i < e) {
    if (tags[i] != "O" || !IsCapitalized(tokens[i])) { ++i; continue; }
    size_t j = i + 1, last = i + 1;
    while (j < e && tags[j] == "O") {
      if (IsCapitalized(tokens[j])) { last = ++j; continue; }
      if (!IsConnector(tokens[j])) break;
      ++j;
    }
    runs.push_back({i, last});
    i = last;
  }
  return runs;
}

// Drops a leading "The" and, for persons, everything up to the last title
// word (a run that ends with a title, "Ryanair CEO", becomes empty).
Run Trim(const std::vector<std::string>& folded, Run run, const std::string& type) {
  if (run.end - run.begin > 1 && folded[run.begin] == "the") ++run.begin;
  if (type == "PER") {
    for (size_t i = run.end; i > run.begin; --i) {
      if (IsBuiltinTitleWord(folded[i - 1])) { run.begin = i; break; }
    }
  }
  return run;
}

bool AllStopWords(const std::vector<std::string>& folded, Run run) {
  for (size_t i = run.begin; i < run.end; ++i) {
    if (!IsStopWord(folded[i])) return false;
  }
  return true;
}

bool IsCalendarWord(const std::string& folded) {
  static const std::unordered_set<std::string> kWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
  return kWords.count(folded) > 0;
}

bool StartsLowerCase(const std::string& token) {
  if (token.empty()) return false;
  size_t pos = 0;
  return u_islower(static_cast<UChar32>(DecodeUtf8(token, &pos)));
}

// A capitalized run inside a person mention that is not the person's name:
// it modifies a noun ("the Airbus chief executive") or sits in an of-phrase
// ("head of the State Property Agency").
bool ModifierOfPerson(const std::vector<std::string>& tokens, const std::vector<std::string>& folded, Run run,
                      const CorpusMention& m) {
  if (run.end < m.end && StartsLowerCase(tokens[run.end]) && !IsConnector(folded[run.end])) return true;
  size_t before = run.begin;
  if (before > m.begin && folded[before - 1] == "the") --before;
  return before > m.begin && folded[before - 1] == "of";
}

}  // namespace

std::vector<size_t> UnannotatedNames(const std::vector<std::string>& tokens, const std::vector<CorpusMention>& mentions,
                                     const std::unordered_set<std::string>& lower_case_words) {
  std::vector<size_t> names;
  std::vector<bool> covered(tokens.size(), false);
  for (const CorpusMention& m : mentions) {
    for (size_t i = m.begin; i < m.end && i < tokens.size(); ++i) covered[i] = true;
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (covered[i] || !IsCapitalized(tokens[i])) continue;
    std::string folded = Fold(tokens[i]);
    if (i == 0 && lower_case_words.count(folded)) continue;
    if (!IsStopWord(folded) && !IsCalendarWord(folded)) names.push_back(i);
  }
  return names;
}

std::vector<std::string> ProjectMentions(const std::vector<std::string>& tokens,
                                         std::vector<CorpusMention> mentions) {
  std::vector<std::string> tags(tokens.size(), "O");
  std::vector<std::string> folded;
  folded.reserve(tokens.size());
  for (const std::string& t : tokens) folded.push_back(Fold(t));
  std::stable_sort(mentions.begin(), mentions.end(), [](const CorpusMention& a, const CorpusMention& b) {
    return a.end - a.begin > b.end - b.begin;
  });
  for (const CorpusMention& m : mentions) {
    if (m.type.empty() || m.begin >= m.end || m.end > tokens.size()) continue;
    std::vector<Run> runs = CapitalRuns(tokens, tags, m.begin, m.end);
    const Run* best = nullptr;
    for (const Run& r : runs) {
      if (m.head != CorpusMention::kNoHead && r.begin <= m.head && m.head < r.end) { best = &r; break; }
      if (!best || r.end - r.begin >= best->end - best->begin) best = &r;
    }
    if (!best) continue;
    if (m.type == "PER" && ModifierOfPerson(tokens, folded, *best, m)) continue;
    Run run = Trim(folded, *best, m.type);
    if (run.begin >= run.end || AllStopWords(folded, run)) continue;
    tags[run.begin] = "B-" + m.type;
    for (size_t i = run.begin + 1; i < run.end; ++i) tags[i] = "I-" + m.type;
  }
  return tags;
}

}  // namespace storyline
