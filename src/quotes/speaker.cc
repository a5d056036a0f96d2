#include "quotes/speaker.h"

#include <algorithm>
#include <optional>

#include "common/word_set.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

struct Word {
  Span span;
  std::string norm;
};

// A subject found near the quotation, and its reporting verb.
struct Attribution {
  Span subject;
  std::string cue;
};

std::vector<Word> WordsIn(std::string_view text, Span window) {
  std::vector<Word> words;
  ForEachWord(window.In(text), [&](Span s, std::string_view norm) {
    words.push_back({{s.begin + window.begin, s.end + window.begin}, std::string(norm)});
  });
  return words;
}

bool IsAdverbOrAuxiliary(std::string_view w) {
  static const WordSet kWords = {
      "also", "later", "then", "again", "further", "once", "has", "had", "have", "was", "is",
      "previously", "earlier", "repeatedly", "reportedly", "and", "but", "recently"};
  return kWords.contains(w);
}

// Words a subject written before its verb cannot reach back over: "the laws
// that the group says" has the subject "the group".
bool StartsLeadingSubject(std::string_view w) {
  static const WordSet kWords = {
      "that", "which", "who", "whom", "if", "by", "when", "while", "because", "as", "after",
      "before", "being", "since", "although", "though", "where", "whether", "than"};
  return kWords.contains(w);
}

// Words that end a subject written after its verb ("said Lavrov at ...").
bool EndsTrailingSubject(std::string_view w) {
  static const WordSet kWords = {
      "at", "in", "on", "during", "after", "following", "when", "while", "who", "which", "that",
      "to", "before", "as", "with", "from", "for", "adding", "saying", "in", "on", "last", "this"};
  return kWords.contains(w);
}

bool IsRoleNoun(std::string_view w) {
  static const WordSet kWords = {
      "minister", "president", "diplomat", "spokesman", "spokeswoman", "spokesperson", "official",
      "leader", "chief", "head", "ambassador", "secretary", "commander", "marshal", "premier",
      "chancellor", "envoy", "ceo", "chairman", "governor", "mayor", "general", "director"};
  return kWords.contains(w);
}

bool HasPunctuationBetween(std::string_view text, const Word& a, const Word& b) {
  std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
  return gap.find_first_of(",;:()") != std::string_view::npos;
}

// Sentence-bounded window after the closing mark.
Span AfterWindow(std::string_view text, const QuotedSpan& q, const std::vector<QuotedSpan>& quotes,
                 size_t max_window) {
  size_t begin = q.outer.end, end = std::min(text.size(), begin + max_window);
  size_t stop = text.find_first_of(".!?\n", begin);
  // "said Sen. Mary Landrieu": an abbreviation's dot does not end the sentence.
  while (stop != std::string_view::npos && stop < end && text[stop] == '.' && IsAbbreviationDot(text, stop)) {
    stop = text.find_first_of(".!?\n", stop + 1);
  }
  if (stop < end) end = stop;
  for (const QuotedSpan& other : quotes) {
    if (other.outer.begin >= begin && other.outer.begin < end) end = other.outer.begin;
  }
  return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

// Sentence-bounded window before the opening mark.
Span BeforeWindow(std::string_view text, const QuotedSpan& q, const std::vector<QuotedSpan>& quotes,
                  size_t max_window) {
  size_t end = q.outer.begin, begin = end > max_window ? end - max_window : 0;
  size_t stop = text.substr(0, end).find_last_of(".!?\n");
  if (stop != std::string_view::npos && stop + 1 > begin) begin = stop + 1;
  for (const QuotedSpan& other : quotes) {
    if (other.outer.end <= end && other.outer.end > begin) begin = other.outer.end;
  }
  return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

// Subject words after index v (verb-first order, or "according to X").
std::optional<Span> TrailingSubject(std::string_view text, const std::vector<Word>& w, size_t from,
                                    size_t max_words) {
  size_t last = from;
  if (from >= w.size() || EndsTrailingSubject(w[from].norm)) return std::nullopt;
  while (last + 1 < w.size() && last + 1 - from < max_words && !EndsTrailingSubject(w[last + 1].norm) &&
         !HasPunctuationBetween(text, w[last], w[last + 1])) {
    ++last;
  }
  return Span{w[from].span.begin, w[last].span.end};
}

// Subject words before index v, back to a comma or the window start.
std::optional<Span> LeadingSubject(std::string_view text, const std::vector<Word>& w, size_t v,
                                   size_t max_words) {
  if (v == 0) return std::nullopt;
  size_t last = v - 1;
  while (last > 0 && IsAdverbOrAuxiliary(w[last].norm)) --last;
  if (IsAdverbOrAuxiliary(w[last].norm)) return std::nullopt;
  size_t first = last;
  if (StartsLeadingSubject(w[last].norm)) return std::nullopt;
  while (first > 0 && last - first + 1 < max_words && !StartsLeadingSubject(w[first - 1].norm) &&
         !HasPunctuationBetween(text, w[first - 1], w[first])) {
    --first;
  }
  while (first < last && IsAdverbOrAuxiliary(w[first].norm)) ++first;
  if (last - first + 1 > max_words) return std::nullopt;
  return Span{w[first].span.begin, w[last].span.end};
}

std::optional<Attribution> AfterQuote(std::string_view text, Span window, size_t max_words) {
  std::vector<Word> w = WordsIn(text, window);
  for (size_t v = 0; v < w.size() && v <= max_words; ++v) {
    if (w[v].norm == "according" && v + 1 < w.size() && w[v + 1].norm == "to") {
      auto s = TrailingSubject(text, w, v + 2, max_words);
      if (s) return Attribution{*s, "according to"};
      return std::nullopt;
    }
    if (!IsReportingVerb(w[v].norm)) continue;
    std::string cue(w[v].span.In(text));
    auto s = v == 0 ? TrailingSubject(text, w, 1, max_words) : LeadingSubject(text, w, v, max_words);
    if (s) return Attribution{*s, cue};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Attribution> BeforeQuote(std::string_view text, Span window, size_t max_words) {
  std::vector<Word> w = WordsIn(text, window);
  for (size_t v = 0; v + 1 < w.size(); ++v) {
    if (w[v].norm == "according" && w[v + 1].norm == "to") {
      if (auto s = TrailingSubject(text, w, v + 2, max_words)) return Attribution{*s, "according to"};
    }
  }
  for (size_t v = w.size(); v-- > 0;) {
    if (!IsReportingVerb(w[v].norm)) continue;
    if (auto s = LeadingSubject(text, w, v, max_words)) {
      return Attribution{*s, std::string(w[v].span.In(text))};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// The nearest mention before `pos` of `type`, outside quotations, that
// `accept`s (mentions need not be sorted).
template <typename Accept>
const Mention* NearestBefore(size_t pos, EntityType type, const std::vector<Mention>& mentions,
                             const std::vector<QuotedSpan>& quotes, Accept accept) {
  const Mention* best = nullptr;
  for (const Mention& m : mentions) {
    if (m.span.end > pos || m.type != type || (best && m.span.end <= best->span.end)) continue;
    if (!InsideQuotation(m.span, quotes) && accept(m)) best = &m;
  }
  return best;
}

bool Capitalized(std::string_view text, const Word& w) {
  unsigned char c = static_cast<unsigned char>(text[w.span.begin]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// A subject written as a name the tagger missed ("Lavrov stressed"): the
// person mentioned in the article whose last name word is its last word,
// nearest before the quotation, else the first after it.
const Mention* PersonByName(std::string_view text, const std::vector<Word>& words, size_t pos,
                            const std::vector<Mention>& mentions) {
  if (words.empty() || words.size() > 6) return nullptr;
  for (const Word& w : words) {
    if (!Capitalized(text, w)) return nullptr;
  }
  const std::string& last = words.back().norm;
  const Mention* before = nullptr;
  const Mention* after = nullptr;
  for (const Mention& m : mentions) {
    if (m.type != EntityType::kPerson) continue;
    std::string folded = Fold(m.text);
    if (folded != last && !folded.ends_with(" " + last) && !folded.ends_with("-" + last)) continue;
    if (m.span.end <= pos && (!before || m.span.end > before->span.end)) before = &m;
    if (m.span.end > pos && (!after || m.span.begin < after->span.begin)) after = &m;
  }
  return before != nullptr ? before : after;
}

// The person "he"/"she" refers to: never one the article gives the other
// gender. Of the rest, the nearest before `pos`, unless it is of unknown gender
// and one of the pronoun's gender is named at most `kNear` bytes before it.
const Mention* PronounReferent(std::string_view pronoun, size_t pos, const std::vector<Mention>& mentions,
                               const std::vector<QuotedSpan>& quotes, const PersonGenders* genders) {
  constexpr size_t kNear = 400;
  Gender want = PronounGender(pronoun);
  auto gender = [&](const Mention& m) { return genders ? genders->Of(m) : Gender::kUnknown; };
  const Mention* compatible = NearestBefore(pos, EntityType::kPerson, mentions, quotes, [&](const Mention& m) {
    Gender g = gender(m);
    return g == Gender::kUnknown || g == want;
  });
  if (compatible == nullptr || gender(*compatible) == want) return compatible;
  const Mention* matching =
      NearestBefore(pos, EntityType::kPerson, mentions, quotes, [&](const Mention& m) { return gender(m) == want; });
  if (matching != nullptr && compatible->span.begin - matching->span.end <= kNear) return matching;
  return compatible;
}

// Whether a subject that names no one can stand as the source's name: not a
// prepositional or subordinate phrase ("of the senior scientists", "that the
// equipment"), no verb phrase ("the public has been [told]", "the vice-president
// must have sincerely [believed]"), and not the words before a participle
// ("..., saying"), whose subject is the main clause's. Better no speaker than
// a fragment of a sentence.
bool PlausibleSourcePhrase(const std::vector<Word>& words, std::string_view cue) {
  static const WordSet kOpeners = {"of", "in", "on", "at", "for", "with", "from", "to", "by", "about",
                                   "into", "over", "than", "that", "which", "if", "when", "while",
                                   "because", "as", "and", "but", "or", "among", "between", "under",
                                   "after", "before", "during", "against", "like"};
  static const WordSet kVerbs = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                                 "will", "would", "can", "could", "must", "should", "may", "might",
                                 "do", "does", "did", "shall"};
  if (words.empty() || kOpeners.contains(words.front().norm)) return false;
  if (cue.ends_with("ing")) return false;
  return std::none_of(words.begin(), words.end(), [](const Word& w) { return kVerbs.contains(w.norm); });
}

// "Russell Corn, a lawyer for the group, told the BBC": a subject that is an
// apposition between commas describes the person named just before it. That
// person's mention, or null.
const Mention* AppositionHead(std::string_view text, Span subject, const std::vector<Mention>& mentions) {
  auto skip_back = [&](size_t p) {
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    return p;
  };
  size_t after = subject.end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  if (after >= text.size() || text[after] != ',') return nullptr;  // no closing comma
  size_t before = skip_back(subject.begin);
  if (before == 0 || text[before - 1] != ',') return nullptr;
  size_t name_end = skip_back(before - 1);
  for (const Mention& m : mentions) {
    if (m.type == EntityType::kPerson && m.span.end == name_end) return &m;
  }
  return nullptr;
}

SpeakerGuess Resolve(std::string_view text, Span subject, std::string_view cue, const QuotedSpan& q,
                     const std::vector<QuotedSpan>& quotes, const std::vector<Mention>& mentions,
                     const PersonGenders* genders) {
  SpeakerGuess g;
  g.speaker = std::string(subject.In(text));
  const Mention* named = nullptr;
  for (const Mention& m : mentions) {
    if (m.span.begin >= subject.begin && m.span.end <= subject.end) {
      if (named == nullptr || m.type == EntityType::kPerson) named = &m;
    }
  }
  std::vector<Word> words = WordsIn(text, subject);
  std::string head = words.empty() ? "" : words.back().norm;
  if (named == nullptr || named->type != EntityType::kPerson) {
    if (const Mention* head_person = AppositionHead(text, subject, mentions)) named = head_person;
  }
  if (named == nullptr) named = PersonByName(text, words, q.outer.begin, mentions);
  bool pronoun = words.size() == 1 && (head == "he" || head == "she");
  if (named == nullptr && pronoun) {
    named = PronounReferent(head, q.outer.begin, mentions, quotes, genders);
  } else if (named == nullptr && words.size() == 1 && head == "it") {
    // "it argued that ...": the organization last named, else no speaker.
    const Mention* org = NearestBefore(q.outer.begin, EntityType::kOrganization, mentions, quotes,
                                       [](const Mention&) { return true; });
    if (org == nullptr) return {};
    g.speaker = org->text;
    g.entity = org->entity;
    return g;
  } else if (named == nullptr && IsRoleNoun(head)) {
    named = NearestBefore(q.outer.begin, EntityType::kPerson, mentions, quotes,
                          [&](const Mention& m) { return Fold(m.title).find(head) != std::string::npos; });
  } else if (named == nullptr && !head.empty()) {
    const Mention* org = NearestBefore(q.outer.begin, EntityType::kOrganization, mentions, quotes,
                                       [&](const Mention& m) { return Fold(m.text).ends_with(head); });
    if (org != nullptr) {
      g.entity = org->entity;
    } else if (!PlausibleSourcePhrase(words, cue)) {
      return {};
    }
    return g;
  }
  if (named == nullptr && !PlausibleSourcePhrase(words, cue)) return {};
  if (named != nullptr) {
    g.speaker = named->text;
    g.entity = named->entity;
  }
  return g;
}

}  // namespace

bool IsReportingVerb(std::string_view w) {
  static const WordSet kVerbs = {
      "said", "says", "say", "added", "adds", "stressed", "stresses", "told", "tells", "noted",
      "notes", "stated", "states", "explained", "explains", "emphasized", "emphasised", "emphasizes",
      "underlined", "underlines", "declared", "announced", "warned", "warns", "insisted", "insists",
      "wrote", "writes", "replied", "asked", "voiced", "expressed", "reiterated", "confirmed",
      "argued", "claimed", "recalled", "commented", "reads", "continued", "concluded", "urged",
      "admitted", "acknowledged", "pointed", "remarked", "assured", "believes", "believed",
      "saying", "stressing", "adding", "noting", "declares", "announces", "affirmed", "reaffirmed"};
  return kVerbs.contains(w);
}

SpeakerGuess FindSpeaker(std::string_view text, const QuotedSpan& q,
                         const std::vector<QuotedSpan>& quotes, const std::vector<Mention>& mentions,
                         const SpeakerOptions& options, const PersonGenders* genders) {
  std::optional<Attribution> a =
      AfterQuote(text, AfterWindow(text, q, quotes, options.max_window), options.max_subject_words);
  if (!a) {
    a = BeforeQuote(text, BeforeWindow(text, q, quotes, options.max_window),
                    options.max_subject_words);
  }
  if (!a) return {};
  SpeakerGuess g = Resolve(text, a->subject, a->cue, q, quotes, mentions, genders);
  g.cue = a->cue;
  return g;
}

}  // namespace storyline
