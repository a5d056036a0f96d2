#include "extract/language.h"

#include <array>
#include <unordered_map>

#include "text/normalize.h"

namespace storyline {
namespace {

constexpr std::array<const char*, 9> kLanguages = {"en", "fr", "de", "es", "it", "pt", "nl", "tr", "ru"};

// Folded function word -> bit set of the languages that use it.
const std::unordered_map<std::string_view, uint32_t>& FunctionWords() {
  static const auto* table = [] {
    static const char* kWords[] = {
        "the and of to is that for with was on by are this from were have",
        "le la les des est et une du dans que pour pas qui sur au",
        "der die und das ist nicht mit den von zu sich auf ein eine dem",
        "el los las del que y en por una con para es se al su",
        "il di che della per non sono gli una con del le nel alla e",
        "o os do da que nao uma em para com dos das no na e",
        "de het een van en niet dat op zijn voor met ook is aan te",
        "ve bir bu icin ile da de olarak cok daha gibi olan ama sonra",
        "и в не на что с по это как он из к за от для"};
    auto* t = new std::unordered_map<std::string_view, uint32_t>();
    for (size_t lang = 0; lang < kLanguages.size(); ++lang) {
      std::string_view list = kWords[lang];
      while (!list.empty()) {
        size_t space = list.find(' ');
        (*t)[list.substr(0, space)] |= 1u << lang;
        if (space == std::string_view::npos) break;
        list.remove_prefix(space + 1);
      }
    }
    return t;
  }();
  return *table;
}

// Calls fn(folded word) for the short words of `text`: function words are short,
// so longer ones are only counted. ASCII words are lower-cased in place; others
// go through Fold (which also strips accents: "não" -> "nao").
bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

template <typename Fn>
void ForEachShortWord(std::string_view text, Fn&& fn) {
  char buffer[8];
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!IsWordByte(c)) {
      ++i;
      continue;
    }
    size_t start = i;
    bool ascii = true;
    while (i < text.size()) {
      unsigned char b = static_cast<unsigned char>(text[i]);
      if (!IsWordByte(b)) break;
      ascii &= b < 0x80;
      ++i;
    }
    std::string_view word = text.substr(start, i - start);
    if (word.size() > 2 * sizeof(buffer)) {
      fn(std::string_view());
    } else if (ascii && word.size() <= sizeof(buffer)) {
      for (size_t k = 0; k < word.size(); ++k) buffer[k] = static_cast<char>(word[k] | (word[k] <= 'Z' ? 0x20 : 0));
      fn(std::string_view(buffer, word.size()));
    } else {
      fn(std::string_view(Fold(word)));
    }
  }
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  const auto& table = FunctionWords();
  std::array<size_t, kLanguages.size()> hits{};
  size_t words = 0;
  ForEachShortWord(text.substr(0, kLanguageBytes), [&](std::string_view norm) {
    if (words >= kLanguageWords) return;
    ++words;
    auto it = norm.empty() ? table.end() : table.find(norm);
    if (it == table.end()) return;
    for (size_t lang = 0; lang < kLanguages.size(); ++lang) hits[lang] += (it->second >> lang) & 1u;
  });
  size_t best = 0, second = 0;
  for (size_t lang = 1; lang < kLanguages.size(); ++lang) {
    if (hits[lang] > hits[best]) best = lang;
  }
  for (size_t lang = 0; lang < kLanguages.size(); ++lang) {
    if (lang != best && hits[lang] > second) second = hits[lang];
  }
  bool clear = hits[best] >= 4 && hits[best] * 10 >= words && hits[best] * 2 >= second * 3;
  return clear ? kLanguages[best] : std::string();
}

}  // namespace storyline
