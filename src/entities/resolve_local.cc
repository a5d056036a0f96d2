#include "entities/resolve_local.h"

#include <algorithm>
#include <map>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "common/hash.h"
#include "entities/acronym.h"
#include "entities/variants.h"

namespace storyline {
namespace {

std::string WithoutDots(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// NameVariants of a surface form for a type, prepared once per article: a
// name recurs in many mentions, and preparing it (transliteration forms) is
// most of the cost of grouping.
class PreparedVariants {
 public:
  const std::vector<PreparedName>& Of(const std::string& surface, EntityType type) {
    auto [it, fresh] = cache_.try_emplace({surface, type});
    if (fresh) {
      for (const auto& name : NameVariants(surface, type)) it->second.push_back(PrepareName(name));
    }
    return it->second;  // std::map: stays valid while others are added, as do its elements
  }

 private:
  std::map<std::pair<std::string, EntityType>, std::vector<PreparedName>> cache_;
};

void AddSurface(const std::string& surface, PreparedVariants* variants, LocalGroup* g) {
  if (Contains(g->surfaces, surface)) return;
  g->surfaces.push_back(surface);
  const std::vector<PreparedName>& names = variants->Of(surface, g->type);
  g->names.insert(g->names.end(), names.begin(), names.end());
}

// The acronyms an article defines ("Government of National Accord (GNA)").
struct Definitions {
  std::unordered_map<std::string, std::string> long_forms;  // acronym -> long form
  // (acronym, NameKey of its long form), in long_forms' iteration order:
  // computed once per article, not once per group.
  std::vector<std::pair<const std::string*, std::string>> keys;
};

Definitions FindDefinitions(std::string_view text) {
  Definitions d;
  for (const AcronymDefinition& def : FindAcronymDefinitions(text)) d.long_forms.emplace(def.acronym, def.long_form);
  for (const auto& [acr, long_form] : d.long_forms) d.keys.emplace_back(&acr, NameKey(long_form));
  return d;
}

// Starts a group named `surface`, with the acronyms the article defines for it.
LocalGroup NewGroup(const Mention& m, const PreparedName& tokens, const Definitions& defined,
                    PreparedVariants* variants) {
  LocalGroup g;
  g.type = m.type;
  g.best_surface = m.text;
  g.best_tokens = tokens;
  AddSurface(m.text, variants, &g);
  if (tokens.size() == 1 && IsAcronymToken(m.text)) {
    std::string acr = WithoutDots(m.text);
    g.acronym_only = true;
    g.acronyms.push_back(acr);
    if (auto it = defined.long_forms.find(acr); it != defined.long_forms.end()) {
      g.acronym_defined = true;
      g.acronym_only = false;
      g.best_surface = it->second;
      g.best_tokens = PrepareName(NameTokens(it->second));
      AddSurface(it->second, variants, &g);
    }
    return g;
  }
  const std::string& key = tokens.key;  // NameKey(m.text)
  for (const auto& [acr, long_key] : defined.keys) {
    if (long_key == key) {
      g.acronyms.push_back(*acr);
      g.acronym_defined = true;
    }
  }
  if (m.type != EntityType::kPerson) {
    for (std::string& a : AcronymsOf(m.text)) {
      if (!Contains(g.acronyms, a)) g.acronyms.push_back(std::move(a));
    }
  }
  return g;
}

// True when mention `m` (with `tokens`) can join group `g`.
// `variants` = NameVariants(m.text, m.type), computed once per surface by the caller.
bool Joins(const Mention& m, const PreparedName& tokens,
           const std::vector<PreparedName>& variants, const LocalGroup& g) {
  if (m.type != g.type) return false;
  if (tokens.size() == 1 && IsAcronymToken(m.text) && Contains(g.acronyms, WithoutDots(m.text))) {
    return true;
  }
  if (m.type == EntityType::kPerson) {
    return CompareNames(tokens, g.best_tokens, m.type) != NameMatch::kNone;
  }
  for (const auto& variant : variants) {
    for (const auto& name : g.names) {
      if (CompareNames(variant, name, m.type) != NameMatch::kNone) return true;
    }
  }
  return false;
}

// A lone first name ("Steve") refers to the one person of the article with
// that first name ("Steve Jobs"); none when there are several or none.
LocalGroup* FirstNameGroup(const Mention& m, const PreparedName& name,
                           std::vector<LocalGroup>* groups) {
  const std::vector<PreparedToken>& tokens = name.tokens;
  if (m.type != EntityType::kPerson || tokens.size() != 1 || tokens[0].text.size() < 3) {
    return nullptr;
  }
  LocalGroup* found = nullptr;
  for (LocalGroup& g : *groups) {
    if (g.type != EntityType::kPerson || g.best_tokens.size() < 2 ||
        g.best_tokens.tokens[0].text != tokens[0].text) {
      continue;
    }
    if (found != nullptr) return nullptr;
    found = &g;
  }
  return found;
}

uint64_t ContextKey(const LocalGroup& g) {
  if (g.best_tokens.empty()) return 0;
  if (g.type == EntityType::kPerson) return Hash64(g.best_tokens.tokens.back().form);
  return Hash64(g.best_tokens.key);  // NameKey(g.best_surface)
}

}  // namespace

// A mention typed organization or place that starts with a person's title
// and goes on with two to four capitalized words is a person the tagger
// mistyped ("Field Marshal Khalifa Haftar" as ORG); "General Motors" is not.
bool LooksLikeTitledPerson(const Mention& m, const TitleSplit& split) {
  if (split.title.empty() || m.type == EntityType::kPerson) return false;
  std::string_view name = std::string_view(m.text).substr(split.name_begin);
  std::vector<std::string> tokens = NameTokens(name);
  if (tokens.size() < 2 || tokens.size() > 4) return false;
  for (size_t pos = 0; pos < name.size(); pos = name.find(' ', pos) + 1) {
    unsigned char c = static_cast<unsigned char>(name[pos]);
    if (!((c >= 'A' && c <= 'Z') || c == '[' || c >= 0x80)) return false;
    if (name.find(' ', pos) == std::string_view::npos) break;
  }
  return true;
}

void SplitPersonTitles(std::vector<Mention>* mentions) {
  for (Mention& m : *mentions) {
    TitleSplit split = SplitTitle(m.text);
    if (LooksLikeTitledPerson(m, split)) m.type = EntityType::kPerson;
    if (m.type != EntityType::kPerson || split.title.empty()) continue;
    if (m.title.empty()) m.title = split.title;
    if (m.span.size() == m.text.size()) m.span.begin += static_cast<uint32_t>(split.name_begin);
    m.text = m.text.substr(split.name_begin);
  }
}

void RetypeBareSurnames(std::vector<Mention>* mentions) {
  std::vector<std::vector<std::string>> tokens(mentions->size());
  std::unordered_set<std::string> surnames, in_other_names;
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    tokens[i] = NameTokens(m.text);
    if (tokens[i].size() < 2) continue;
    if (m.type == EntityType::kPerson) {
      surnames.insert(tokens[i].back());
    } else {
      in_other_names.insert(tokens[i].begin(), tokens[i].end());
    }
  }
  for (size_t i = 0; i < mentions->size() && !surnames.empty(); ++i) {
    Mention& m = (*mentions)[i];
    if (m.type != EntityType::kPerson && tokens[i].size() == 1 && surnames.count(tokens[i][0]) &&
        !in_other_names.count(tokens[i][0])) {
      m.type = EntityType::kPerson;
    }
  }
}

namespace {

// "[Fayez] Sarraj": an editor's bracketed first name and the surname after it,
// tagged as two person mentions, are grouped under the whole name. Returns
// the mentions with such pairs renamed to the text they span together.
std::string WithoutBrackets(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '[' && c != ']') out.push_back(c);
  }
  return out;
}

// "[Fayez] Sarraj" with only "Fayez" tagged: the word after the bracket.
void ExtendBracketedFirstName(std::string_view text, Mention* m) {
  size_t b = m->span.begin, e = m->span.end;
  if (m->type != EntityType::kPerson || b == 0 || e + 2 >= text.size() || e <= b) return;
  if (text[b - 1] != '[' || text.substr(e, 2) != "] ") return;
  size_t word = e + 2, end = word;
  if (!(text[word] >= 'A' && text[word] <= 'Z')) return;
  while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) ||
                               text[end] == '-' || static_cast<unsigned char>(text[end]) >= 0x80)) {
    ++end;
  }
  m->text = WithoutBrackets(text.substr(b - 1, end - (b - 1)));
}

std::vector<Mention> JoinBracketedNames(std::string_view text, std::vector<Mention> mentions) {
  for (Mention& m : mentions) {
    if (m.span.end <= text.size() && m.span.In(text) == m.text) ExtendBracketedFirstName(text, &m);
  }
  for (size_t i = 0; i + 1 < mentions.size(); ++i) {
    Mention& a = mentions[i];
    Mention& b = mentions[i + 1];
    if (a.type != EntityType::kPerson || b.type != EntityType::kPerson) continue;
    if (a.span.begin == 0 || b.span.begin < a.span.end || b.span.end > text.size()) continue;
    std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    bool opened = text[a.span.begin - 1] == '[' || text[a.span.begin] == '[';
    if (!opened || (gap != "] " && gap != " " && gap != "]")) continue;
    if (gap == " " && text[a.span.end - 1] != ']') continue;
    std::string whole = WithoutBrackets(text.substr(a.span.begin, b.span.end - a.span.begin));
    a.text = whole;
    b.text = std::move(whole);
  }
  return mentions;
}

// The prepared NameTokens of each mention, pointing into `variants`: the
// first of a name's NameVariants is its NameTokens, so each distinct text is
// prepared once for both.
std::vector<const PreparedName*> PrepareMentionNames(const std::vector<Mention>& mentions,
                                                     PreparedVariants* variants) {
  static const PreparedName kNoName;  // for a text without name tokens (no variants either)
  std::vector<const PreparedName*> out;
  out.reserve(mentions.size());
  for (const Mention& m : mentions) {
    const std::vector<PreparedName>& names = variants->Of(m.text, m.type);
    out.push_back(names.empty() ? &kNoName : &names.front());
  }
  return out;
}

}  // namespace

std::vector<LocalGroup> GroupArticleMentions(std::string_view text,
                                             const std::vector<Mention>& original) {
  const std::vector<Mention> mentions = JoinBracketedNames(text, original);
  const Definitions defined = FindDefinitions(text);
  PreparedVariants variants;
  const std::vector<const PreparedName*> tokens = PrepareMentionNames(mentions, &variants);
  std::vector<size_t> order;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (!tokens[i]->empty()) order.push_back(i);
  }
  // Fullest names first; acronyms last so their long forms are already groups.
  auto rank = [&](size_t i) {
    return IsAcronymToken(mentions[i].text) ? 0 : tokens[i]->size();
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return rank(a) > rank(b); });
  std::vector<LocalGroup> groups;
  for (size_t i : order) {
    const Mention& m = mentions[i];
    const std::vector<PreparedName>& own = variants.Of(m.text, m.type);
    LocalGroup* target = nullptr;
    for (LocalGroup& g : groups) {
      if (Joins(m, *tokens[i], own, g)) { target = &g; break; }
    }
    if (target == nullptr) target = FirstNameGroup(m, *tokens[i], &groups);
    if (target == nullptr) {
      groups.push_back(NewGroup(m, *tokens[i], defined, &variants));
      target = &groups.back();
    }
    target->mentions.push_back(i);
    AddSurface(m.text, &variants, target);
  }
  for (LocalGroup& g : groups) {
    std::sort(g.mentions.begin(), g.mentions.end());
    g.context_key = ContextKey(g);
  }
  // Text order, so that new entities are numbered as they first appear.
  std::sort(groups.begin(), groups.end(), [](const LocalGroup& a, const LocalGroup& b) {
    return a.mentions.front() < b.mentions.front();
  });
  return groups;
}

}  // namespace storyline
