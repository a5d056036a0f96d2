#include "entities/acronym.h"

#include <algorithm>
#include <unordered_set>

#include "text/tokenize.h"

namespace storyline {
namespace {

bool IsFunctionWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kWords = {
      "of", "the", "and", "for", "on", "in", "de", "la", "del", "des", "du", "a", "an", "to", "&"};
  return kWords.count(folded) > 0;
}

bool IsGenericLastWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kWords = {
      "company", "corporation", "group", "organization", "organisation", "party", "agency"};
  return kWords.count(folded) > 0;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

struct NameWord {
  std::string_view text;  // as written
  std::string folded;
};

std::vector<NameWord> Words(std::string_view name) {
  std::vector<NameWord> words;
  ForEachWord(name, [&](Span span, std::string_view norm) {
    words.push_back({span.In(name), std::string(norm)});
  });
  return words;
}

// Initials of words[0..n), all-caps words kept whole.
std::string Initials(const std::vector<NameWord>& words, size_t n, bool keep_function_words) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    const NameWord& w = words[i];
    if (IsFunctionWord(w.folded) && !keep_function_words) continue;
    if (IsAcronymToken(w.text)) {
      for (char c : w.text) {
        if (c != '.') out.push_back(c);
      }
    } else if (!w.folded.empty() && w.folded[0] >= 'a' && w.folded[0] <= 'z') {
      out.push_back(static_cast<char>(w.folded[0] - 'a' + 'A'));
    }
  }
  return out;
}

void AddUnique(std::string value, std::vector<std::string>* out) {
  if (value.size() >= 2 && std::find(out->begin(), out->end(), value) == out->end()) {
    out->push_back(std::move(value));
  }
}

// Schwartz & Hearst (2003): the acronym's letters appear in order in the long
// form, the first one starting a word ("Singapore Airlines" for "SIA").
bool LettersSpell(std::string_view long_form, std::string_view acr) {
  if (acr.empty() || long_form.empty()) return false;
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  if (lower(long_form[0]) != lower(acr[0])) return false;
  long l = static_cast<long>(long_form.size()) - 1;
  for (long a = static_cast<long>(acr.size()) - 1; a >= 0; --a) {
    char c = lower(acr[a]);
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) continue;
    while (l >= 0 && (lower(long_form[l]) != c ||
                      (a == 0 && l > 0 && long_form[l - 1] != ' ' && long_form[l - 1] != '-'))) {
      --l;
    }
    if (l < 0) return false;
    --l;
  }
  return true;
}

// The shortest run of capitalized-first words ending at the bracket that
// spells `acr` by `spells`; -1 when none does.
template <typename Spells>
int ShortestLongForm(std::string_view before, const std::vector<Span>& spans, Spells spells) {
  for (size_t n = 1; n <= std::min<size_t>(spans.size(), 12); ++n) {
    Span first = spans[spans.size() - n];
    if (!IsUpper(before[first.begin])) continue;
    if (spells(Span{first.begin, spans.back().end}.In(before))) return static_cast<int>(n);
  }
  return -1;
}

}  // namespace

bool IsAcronymToken(std::string_view token) {
  if (token.size() < 2 || token.size() > 10) return false;
  int upper = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (IsUpper(c)) {
      ++upper;
    } else if (c >= 'a' && c <= 'z') {
      if (!(c == 's' && i + 1 == token.size())) return false;
    } else if (c != '.' && c != '&' && !(c >= '0' && c <= '9')) {
      return false;
    }
  }
  return upper >= 2;
}

std::vector<std::string> AcronymsOf(std::string_view name) {
  std::vector<NameWord> words = Words(name);
  std::vector<std::string> out;
  if (words.size() < 2) return out;
  AddUnique(Initials(words, words.size(), false), &out);
  AddUnique(Initials(words, words.size(), true), &out);
  if (words.size() > 2 && IsGenericLastWord(words.back().folded)) {
    AddUnique(Initials(words, words.size() - 1, false), &out);
  }
  return out;
}

std::vector<AcronymDefinition> FindAcronymDefinitions(std::string_view text) {
  std::vector<AcronymDefinition> defs;
  for (size_t open = text.find('('); open != std::string_view::npos;
       open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 12) continue;
    std::string_view acr = text.substr(open + 1, close - open - 1);
    if (!IsAcronymToken(acr)) continue;
    std::string clean;
    for (char c : acr) {
      if (c != '.') clean.push_back(c);
    }
    size_t window = open > 160 ? open - 160 : 0;
    std::string_view before = text.substr(window, open - window);
    std::vector<Span> spans;
    ForEachWord(before, [&](Span s, std::string_view) { spans.push_back(s); });
    // Initials first ("GNA"); then letters inside words ("SIA"), which
    // must come from no more words than twice the acronym's letters.
    int n = ShortestLongForm(before, spans, [&](std::string_view lf) {
      auto all = AcronymsOf(lf);
      return std::find(all.begin(), all.end(), clean) != all.end();
    });
    if (n < 0) {
      n = ShortestLongForm(before, spans, [&](std::string_view lf) { return LettersSpell(lf, clean); });
      if (n > static_cast<int>(2 * clean.size())) n = -1;
    }
    if (n < 0) continue;
    Span whole{spans[spans.size() - n].begin, spans.back().end};
    uint32_t base = static_cast<uint32_t>(window);
    defs.push_back({clean, std::string(whole.In(before)), Span{base + whole.begin, base + whole.end},
                    Span{static_cast<uint32_t>(open + 1), static_cast<uint32_t>(close)}});
  }
  return defs;
}

}  // namespace storyline
