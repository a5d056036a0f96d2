#include "quotes/gender.h"

#include <algorithm>
#include <unordered_map>

#include "text/normalize.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

// Words right before a name (or in its title) that give its gender.
Gender MarkerGender(std::string_view w) {
  static const std::unordered_map<std::string_view, Gender> kMarkers = {
      {"mr", Gender::kMale}, {"sir", Gender::kMale}, {"king", Gender::kMale}, {"prince", Gender::kMale},
      {"spokesman", Gender::kMale}, {"chairman", Gender::kMale}, {"businessman", Gender::kMale},
      {"congressman", Gender::kMale}, {"husband", Gender::kMale}, {"father", Gender::kMale},
      {"son", Gender::kMale}, {"brother", Gender::kMale}, {"uncle", Gender::kMale}, {"boyfriend", Gender::kMale},
      {"mrs", Gender::kFemale}, {"ms", Gender::kFemale}, {"miss", Gender::kFemale}, {"madam", Gender::kFemale},
      {"madame", Gender::kFemale}, {"dame", Gender::kFemale}, {"lady", Gender::kFemale},
      {"queen", Gender::kFemale}, {"princess", Gender::kFemale}, {"spokeswoman", Gender::kFemale},
      {"chairwoman", Gender::kFemale}, {"businesswoman", Gender::kFemale}, {"congresswoman", Gender::kFemale},
      {"wife", Gender::kFemale}, {"mother", Gender::kFemale}, {"daughter", Gender::kFemale},
      {"sister", Gender::kFemale}, {"aunt", Gender::kFemale}, {"girlfriend", Gender::kFemale},
      {"actress", Gender::kFemale}, {"widow", Gender::kFemale}};
  auto it = kMarkers.find(w);
  return it == kMarkers.end() ? Gender::kUnknown : it->second;
}

struct WordAt {
  size_t begin;
  std::string norm;
};

// Words of `text` outside quotations, with their offsets.
std::vector<WordAt> WordsOutsideQuotes(std::string_view text, const std::vector<QuotedSpan>& quotes) {
  std::vector<WordAt> words;
  size_t q = 0;  // quotations are in text order, as are the words
  ForEachWord(text, [&](Span span, std::string_view norm) {
    while (q < quotes.size() && quotes[q].outer.end <= span.begin) ++q;
    if (q < quotes.size() && span.begin >= quotes[q].outer.begin) return;
    words.push_back({span.begin, std::string(norm)});
  });
  return words;
}

}  // namespace

Gender PronounGender(std::string_view w) {
  if (w == "he" || w == "him" || w == "his" || w == "himself") return Gender::kMale;
  if (w == "she" || w == "her" || w == "hers" || w == "herself") return Gender::kFemale;
  return Gender::kUnknown;
}

std::string PersonGenders::Key(const Mention& m) {
  if (!m.entity.empty()) return m.entity;
  std::string folded = Fold(m.text);
  size_t space = folded.rfind(' ');
  return space == std::string::npos ? folded : folded.substr(space + 1);
}

void PersonGenders::Add(const Mention& m, Gender g) const {
  if (g != Gender::kUnknown) votes_[Key(m)] += g == Gender::kMale ? 1 : -1;
}

Gender PersonGenders::Of(const Mention& m) const {
  if (!inferred_) Infer();
  auto it = votes_.find(Key(m));
  if (it == votes_.end() || it->second == 0) return Gender::kUnknown;
  return it->second > 0 ? Gender::kMale : Gender::kFemale;
}

void PersonGenders::Infer() const {
  inferred_ = true;
  std::string_view text = text_;
  const std::vector<QuotedSpan>& quotes = quotes_;
  std::vector<WordAt> words = WordsOutsideQuotes(text, quotes);
  std::vector<const Mention*> persons;
  for (const Mention& m : mentions_) {
    if (m.type == EntityType::kPerson && m.span.end <= text.size() && !InsideQuotation(m.span, quotes)) {
      persons.push_back(&m);
    }
  }
  std::sort(persons.begin(), persons.end(), [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
  auto first_word_at_or_after = [&](size_t pos) {
    return std::lower_bound(words.begin(), words.end(), pos, [](const WordAt& w, size_t p) { return w.begin < p; });
  };
  for (size_t i = 0; i < persons.size(); ++i) {
    const Mention& m = *persons[i];
    // Markers: the title, and the word right before the name ("his wife
    // Hillary", not "the son of X").
    ForEachWord(m.title, [&](Span, std::string_view norm) { Add(m, MarkerGender(norm)); });
    auto at = first_word_at_or_after(m.span.begin);
    if (at != words.begin()) Add(m, MarkerGender((at - 1)->norm));
    // The first pronoun after the name, before the next person, before the
    // next quotation (a pronoun after it is its speaker, which is what the
    // genders are for) and within the sentence after this one.
    size_t limit = i + 1 < persons.size() ? persons[i + 1]->span.begin : text.size();
    for (const QuotedSpan& q : quotes) {
      if (q.outer.begin >= m.span.end) { limit = std::min<size_t>(limit, q.outer.begin); break; }
    }
    size_t stops = 0;
    for (auto w = first_word_at_or_after(m.span.end); w != words.end() && w->begin < limit; ++w) {
      Gender g = PronounGender(w->norm);
      if (g != Gender::kUnknown) { Add(m, g); break; }
      size_t next = w + 1 == words.end() ? text.size() : (w + 1)->begin;
      if (text.substr(w->begin, next - w->begin).find_first_of(".!?") != std::string_view::npos && ++stops > 1) break;
    }
  }
}

}  // namespace storyline
