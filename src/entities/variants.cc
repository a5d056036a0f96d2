#include "entities/variants.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <initializer_list>

#include "text/tokenize.h"

namespace storyline {
namespace {

// True when `t` is one of `words`. A linear scan: the lists are short, and
// string_view equality first compares sizes, so most words cost a few
// integer compares and no hashing (NameTokens runs this for every token).
bool IsOneOf(std::string_view t, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), t) != words.end();
}

bool IsParticle(std::string_view t) {
  return IsOneOf(t, {"al", "el", "bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "di", "du"});
}

// Legal forms that are no common surname or word ("Transocean Ltd").
bool IsUnambiguousCorporateSuffix(std::string_view t) {
  return IsOneOf(t, {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "gmbh", "company", "limited",
                     "incorporated"});
}

// Those and the short forms that can also be a name ("Sa", "Ag").
bool IsCorporateSuffix(std::string_view t) {
  return IsUnambiguousCorporateSuffix(t) || IsOneOf(t, {"ag", "sa", "nv"});
}

// "al-sarraj" -> "sarraj": Arabic article prefixes, with sun-letter assimilation.
std::string_view StripPrefixParticle(std::string_view t) {
  static const std::string_view kPrefixes[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-",
                                               "at-", "az-", "an-", "ul-"};
  for (std::string_view p : kPrefixes) {
    if (t.size() >= p.size() + 3 && t.substr(0, p.size()) == p) return t.substr(p.size());
  }
  return t;
}

std::string CleanToken(std::string_view norm) {
  std::string t;
  for (char c : norm) {
    if (c != '.') t.push_back(c);
  }
  if (t.size() > 2 && (t.ends_with("'s"))) t.resize(t.size() - 2);
  return std::string(StripPrefixParticle(t));
}

bool IsAttributiveCompound(std::string_view t) {
  for (std::string_view suffix : {"-based", "-backed", "-led", "-owned", "-run", "-born", "-funded"}) {
    if (t.size() > suffix.size() && t.ends_with(suffix)) return true;
  }
  return false;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// Both tokens match in order inside `longer`, `shorter` possibly skipping tokens.
bool OrderedSubsequence(const std::vector<PreparedToken>& shorter,
                        const std::vector<PreparedToken>& longer) {
  size_t j = 0;
  for (const PreparedToken& s : shorter) {
    while (j < longer.size() && !TokensMatch(s, longer[j])) ++j;
    if (j == longer.size()) return false;
    ++j;
  }
  return true;
}

// The checks of TokensMatch that need no transliteration: the answer, or
// nullopt when the forms must decide.
std::optional<bool> QuickTokensMatch(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];  // an initial
  if (std::min(a.size(), b.size()) < 4 || a[0] != b[0]) return false;
  // Short names whose second letter differs are other names ("Bill" / "Bell",
  // "Tony" / "Tiny"), not spellings of one.
  if (std::min(a.size(), b.size()) == 4 && a[1] != b[1]) return false;
  return std::nullopt;
}

// `longer` is `name` + "i" (a transliteration form: "bili" of "billy", "johni"
// of "johnny").
bool IsDiminutive(std::string_view longer, std::string_view name) {
  return longer.size() == name.size() + 1 && longer.back() == 'i' && longer.substr(0, name.size()) == name;
}

std::string SkeletonOfForm(std::string_view form) {
  std::string out;
  for (size_t i = 0; i < form.size(); ++i) {
    if (i == 0 || !IsVowel(form[i])) out.push_back(form[i]);
  }
  return out;
}

// TokensMatch given both transliteration forms and consonant skeletons.
bool FormsMatch(std::string_view fa, std::string_view fb, std::string_view ska,
                std::string_view skb) {
  if (fa == fb) return true;
  if (ska != skb) return false;
  // A name that ends in a vowel where the other ends in a consonant is another
  // name, often a feminine form (Louis / Louise, Michael / Michelle, Lavrov /
  // Lavrova, Taliban / Talabani), not a spelling of it; but a diminutive in -y
  // is the same name (Bill / Billy, John / Johnny).
  if (IsVowel(fa.back()) != IsVowel(fb.back()) && !IsDiminutive(fa, fb) && !IsDiminutive(fb, fa)) return false;
  // A different final vowel marks a different name (Maria / Mario).
  if (fa.size() == fb.size() && fa.substr(0, fa.size() - 1) == fb.substr(0, fb.size() - 1)) {
    return false;
  }
  size_t limit = std::min(fa.size(), fb.size()) <= 5 ? 1 : 2;
  return EditDistance(fa, fb) <= limit;
}

}  // namespace

std::vector<std::string> NameTokens(std::string_view surface) {
  // A name ends at an apposition or a bracket: "Ford Motor Co., the car maker".
  size_t cut = surface.find_first_of(",(;");
  if (cut != std::string_view::npos && cut > 0) surface = surface.substr(0, cut);
  std::vector<std::string> tokens;
  ForEachWord(surface, [&](Span, std::string_view norm) {
    std::string t = CleanToken(norm);
    if (!t.empty() && !IsParticle(t)) tokens.push_back(std::move(t));
  });
  if (tokens.size() > 1 && tokens.front() == "the") tokens.erase(tokens.begin());
  // "Tripoli-based", "UN-backed": a modifier, not part of the name.
  while (tokens.size() > 1 && IsAttributiveCompound(tokens.front())) tokens.erase(tokens.begin());
  while (tokens.size() > 1 && IsCorporateSuffix(tokens.back())) tokens.pop_back();
  return tokens;
}

bool HasCorporateSuffix(std::string_view surface) {
  // The last word, without a final dot ("Co."), after a space: a byte scan,
  // as this runs on every mention.
  size_t end = surface.find_last_not_of(" .");
  if (end == std::string_view::npos) return false;
  size_t space = surface.find_last_of(' ', end);
  if (space == std::string_view::npos || surface.find_first_not_of(' ') >= space) return false;
  std::string last(surface.substr(space + 1, end - space));
  if (last.size() > 12) return false;
  for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return IsUnambiguousCorporateSuffix(last);
}

std::string NameKey(std::string_view surface) {
  std::string key;
  for (const std::string& t : NameTokens(surface)) {
    if (!key.empty()) key.push_back(' ');
    key += t;
  }
  return key;
}

std::string TransliterationForm(std::string_view t) {
  static const std::pair<std::string_view, std::string_view> kRewrites[] = {
      {"kh", "h"}, {"ph", "f"}, {"dh", "d"}, {"th", "t"}, {"gh", "g"}, {"ck", "k"},
      {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"q", "k"},  {"w", "v"},  {"y", "i"}};
  std::string s(t);
  for (const auto& [from, to] : kRewrites) {
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
      s.replace(pos, from.size(), to);
    }
  }
  // A final "ah" is often written "a" (Abdullah / Abdulla, Hezbollah /
  // Hizbulla); not in short names (Allah / Alla, Noah / NOAA).
  if (s.size() > 5 && s.compare(s.size() - 2, 2, "ah") == 0) s.pop_back();
  // British "-re" is American "-er" (Centre / Center, Theatre / Theater).
  for (std::string_view re : {"re", "res"}) {
    size_t at = s.size() - re.size();
    if (s.size() > re.size() + 3 && s.compare(at, re.size(), re) == 0 && !IsVowel(s[at - 1])) {
      std::swap(s[at], s[at + 1]);
    }
  }
  std::string out;
  for (char c : s) {
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

std::string ConsonantSkeleton(std::string_view t) { return SkeletonOfForm(TransliterationForm(t)); }

bool TokensMatch(std::string_view a, std::string_view b) {
  if (std::optional<bool> quick = QuickTokensMatch(a, b)) return *quick;
  std::string fa = TransliterationForm(a), fb = TransliterationForm(b);
  return FormsMatch(fa, fb, SkeletonOfForm(fa), SkeletonOfForm(fb));
}

bool TokensMatch(const PreparedToken& a, const PreparedToken& b) {
  if (std::optional<bool> quick = QuickTokensMatch(a.text, b.text)) return *quick;
  return FormsMatch(a.form, b.form, a.skeleton, b.skeleton);
}

PreparedName PrepareName(const std::vector<std::string>& tokens) {
  PreparedName name;
  name.tokens.reserve(tokens.size());
  for (const std::string& t : tokens) {
    std::string form = TransliterationForm(t);
    std::string skeleton = SkeletonOfForm(form);
    name.tokens.push_back({t, std::move(form), std::move(skeleton)});
    if (!name.key.empty()) name.key.push_back(' ');
    name.key += t;
  }
  return name;
}

NameMatch CompareNames(const std::vector<std::string>& a, const std::vector<std::string>& b,
                       EntityType type) {
  return CompareNames(PrepareName(a), PrepareName(b), type);
}

NameMatch CompareNames(const PreparedName& pa, const PreparedName& pb, EntityType type) {
  const std::vector<PreparedToken>& a = pa.tokens;
  const std::vector<PreparedToken>& b = pb.tokens;
  if (a.empty() || b.empty()) return NameMatch::kNone;
  const auto& s = a.size() <= b.size() ? a : b;
  const auto& l = a.size() <= b.size() ? b : a;
  if (s.size() == l.size()) {
    // One-word places and organizations are distinct words more often than
    // misspellings of each other ("Burton" / "Briton", "Alyeska" / "Alaska",
    // "Indy" / "India"): they match only when romanized alike.
    if (s.size() == 1 && type != EntityType::kPerson) {
      return s[0].form == l[0].form ? NameMatch::kFull : NameMatch::kNone;
    }
    for (size_t i = 0; i < s.size(); ++i) {
      if (!TokensMatch(s[i], l[i])) return NameMatch::kNone;
    }
    // An initial may stand for a first or middle name ("J. Smith"), not for
    // the last word: "George W." is not "George Washington", and an initial
    // alone never makes a full match of names of one token.
    const PreparedToken &s_last = s.back(), &l_last = l.back();
    if (s_last.text.size() != l_last.text.size() && std::min(s_last.text.size(), l_last.text.size()) == 1) {
      return NameMatch::kNone;
    }
    return NameMatch::kFull;
  }
  if (type == EntityType::kPerson) {
    // A bare surname names the longer name's last word, never an initial
    // there: "Axelrod" is not the "A" of "Henry A." (a name cut short by
    // the tagger), which would draw in every name starting with an A.
    // And it names it as romanized, not within an edit distance: a lone
    // "Michael" is not the "Michel" of "Jacqueline Michel", nor "Taliban"
    // the "Talabani" of "Jalal Talabani".
    if (s.size() == 1) {
      return s[0].text.size() > 1 && l.back().text.size() > 1 && s[0].form == l.back().form
                 ? NameMatch::kPartial
                 : NameMatch::kNone;
    }
    return TokensMatch(s[0], l[0]) && OrderedSubsequence(s, l) ? NameMatch::kPartial
                                                               : NameMatch::kNone;
  }
  // Organizations: "Northrop" ~ "Northrop Grumman" (the distinctive first word).
  if (type == EntityType::kOrganization && s.size() == 1 && s[0].text == l[0].text &&
      s[0].text.size() > 2) {
    return NameMatch::kPartial;
  }
  return NameMatch::kNone;
}

}  // namespace storyline
