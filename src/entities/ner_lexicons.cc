#include "entities/ner_lexicons.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "entities/gazetteer_sources.h"
#include "entities/ner_conventions.h"
#include "entities/ner_tags.h"
#include "entities/ner_titles.h"
#include "text/normalize.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

bool StartsLower(const std::string& token) { return !token.empty() && token[0] >= 'a' && token[0] <= 'z'; }

}  // namespace

FoldedCorpus FoldCorpus(const std::vector<NerSentence>& train) {
  FoldedCorpus c;
  for (const NerSentence& s : train) {
    std::vector<std::string> f;
    std::vector<int> g;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      f.push_back(Fold(s.tokens[i]));
      g.push_back(i < s.tags.size() ? ParseNerTag(s.tags[i]) : kTagO);
    }
    c.folded.push_back(std::move(f));
    c.gold.push_back(std::move(g));
  }
  return c;
}

namespace {

struct TrainingWords {
  std::unordered_map<std::string, int> lower;         // folded words written in lower case
  std::unordered_map<std::string, int> first_names;   // first tokens of persons of 2+ tokens
  std::unordered_map<std::string, int> person_words;  // tokens of persons, with their counts
  std::unordered_map<std::string, int> place_words;   // tokens of places, with their counts
  std::unordered_set<std::string> capitalized;        // folded words written capitalized
};

TrainingWords CountTrainingWords(const std::vector<NerSentence>& train, const FoldedCorpus& corpus) {
  TrainingWords w;
  for (size_t s = 0; s < train.size(); ++s) {
    for (size_t i = 0; i < train[s].tokens.size(); ++i) {
      const std::string& t = train[s].tokens[i];
      if (StartsLower(t)) ++w.lower[corpus.folded[s][i]];
      if (!t.empty() && t[0] >= 'A' && t[0] <= 'Z') w.capitalized.insert(corpus.folded[s][i]);
    }
    for (const TagSpan& span : SpansFromTags(train[s].tags)) {
      if (span.type == "LOC") {
        for (size_t i = span.begin; i < span.end; ++i) ++w.place_words[corpus.folded[s][i]];
      }
      if (span.type != "PER") continue;
      if (span.end - span.begin >= 2) ++w.first_names[corpus.folded[s][span.begin]];
      for (size_t i = span.begin; i < span.end; ++i) ++w.person_words[corpus.folded[s][i]];
    }
  }
  return w;
}

}  // namespace

Gazetteer BuildGazetteer(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                         const NerTrainOptions& options, std::vector<std::string>* log) {
  TrainingWords words = CountTrainingWords(train, corpus);
  auto common = [&](const std::string& w) {
    auto it = words.lower.find(w);
    return it != words.lower.end() && it->second >= options.common_word_min_count;
  };
  // Mostly a person's name in the training text. One stray label (a place
  // inside a mislabeled person span) must not drop "Japan".
  auto person = [&](const std::string& w) {
    auto p = words.person_words.find(w);
    if (p == words.person_words.end()) return false;
    auto l = words.place_words.find(w);
    return p->second > (l == words.place_words.end() ? 0 : l->second);
  };
  Gazetteer g;
  size_t dropped = 0;
  std::unordered_set<std::string> countries;
  if (options.use_system_gazetteer) {
    for (const GazetteerEntry& e : LoadSystemGazetteer(options.sources, log)) {
      std::vector<std::string> tokens;
      for (Token& t : Tokenize(e.text)) tokens.push_back(std::move(t.norm));
      if (tokens.size() > 1 && tokens[0] == "the") tokens.erase(tokens.begin());  // matching starts at a capital
      // One-word places that are common words or names of persons in the training
      // text ("Clarence", "Crystal") would mostly mislead.
      if (tokens.size() == 1 && (common(tokens[0]) || person(tokens[0]))) { ++dropped; continue; }
      if (tokens.size() == 1 && (e.kinds & kGazCountry)) countries.insert(tokens[0]);
      g.Add(tokens, e.kinds);
    }
  }
  for (const std::string& country : countries) {
    // Candidates (ner_conventions.h) are mostly not words: kept only when the
    // training text has them, except for the regular "-a" -> "-an" ("libyan").
    for (const std::string& d : DemonymCandidates(country, /*bare_stems=*/true)) {
      bool regular = country.back() == 'a' && d == country + "n";
      if (d != country && (regular || words.capitalized.count(d)) && !countries.count(d)) g.Add({d}, kGazDemonym);
    }
  }
  for (const auto& [w, n] : words.first_names) {
    if (!common(w) && !IsBuiltinTitleWord(w)) g.Add({w}, kGazFirstName);
  }
  for (const auto& [w, n] : words.lower) {
    if (n >= options.common_word_min_count) g.Add({w}, kGazCommonWord);
  }
  if (log) {
    log->push_back("gazetteer: " + std::to_string(g.size()) + " phrases (" + std::to_string(dropped) +
                   " one-word places dropped as common words or person names); countries " +
                   std::to_string(g.CountKind(kGazCountry)) + ", regions " + std::to_string(g.CountKind(kGazRegion)) +
                   ", cities " + std::to_string(g.CountKind(kGazCity)) + ", demonyms " +
                   std::to_string(g.CountKind(kGazDemonym)) + ", first names " +
                   std::to_string(g.CountKind(kGazFirstName)) + ", common words " +
                   std::to_string(g.CountKind(kGazCommonWord)));
  }
  return g;
}

std::vector<std::string> LearnTitles(const std::vector<NerSentence>& train, const FoldedCorpus& corpus,
                                     int min_count) {
  std::unordered_map<std::string, int> counts;
  for (size_t s = 0; s < train.size(); ++s) {
    for (const TagSpan& span : SpansFromTags(train[s].tags)) {
      if (span.type != "PER" || span.begin == 0) continue;
      size_t prev = span.begin - 1;
      const std::string& raw = train[s].tokens[prev];
      if (train[s].tags[prev] != "O" || raw.empty() || !(raw[0] >= 'A' && raw[0] <= 'Z')) continue;
      if (!IsStopWord(corpus.folded[s][prev])) ++counts[corpus.folded[s][prev]];
    }
  }
  std::vector<std::string> titles;
  for (const auto& [w, n] : counts) {
    if (n >= min_count && !IsBuiltinTitleWord(w)) titles.push_back(w);
  }
  std::sort(titles.begin(), titles.end());
  return titles;
}

}  // namespace storyline
