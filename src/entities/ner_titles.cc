#include "entities/ner_titles.h"

#include <algorithm>
#include <unordered_set>

namespace storyline {

namespace {

const std::unordered_set<std::string_view>& TitleSet() {
  static const std::unordered_set<std::string_view> kTitles = {
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady",
      "president", "vice", "deputy", "prime", "minister", "foreign", "defence", "defense", "interior",
      "finance", "secretary", "general", "gen", "gen.", "field", "marshal", "commander", "colonel", "col.",
      "lt.", "lieutenant", "major", "maj.", "captain", "capt.", "admiral", "adm.", "sergeant", "sgt.",
      "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "cardinal",
      "archbishop", "bishop", "rev.", "reverend", "father", "senator", "sen.", "rep.", "representative",
      "congressman", "congresswoman", "governor", "gov.", "mayor", "judge", "justice", "attorney",
      "ambassador", "envoy", "administrator", "secretary-general", "attorney-general", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
      "ceo", "cfo", "coo", "director", "chief", "executive", "premier", "speaker", "leader",
      "special", "representative", "mp", "dictator", "coach", "officer",
      "inspector", "detective", "agent", "professor", "doctor", "imam", "ayatollah",
      "rabbi", "crown", "emperor", "empress", "tsar", "czar", "marshall", "brigadier", "corporal",
      "commissioner", "undersecretary", "under-secretary", "assistant", "acting", "former",
      "chief-of-staff", "pm", "mrs.", "hon.", "honourable", "honorable"};
  return kTitles;
}

}  // namespace

bool IsBuiltinTitleWord(std::string_view folded) { return TitleSet().count(folded) > 0; }

std::vector<std::string> BuiltinTitleWords() {
  std::vector<std::string> words(TitleSet().begin(), TitleSet().end());
  std::sort(words.begin(), words.end());
  return words;
}

TitleLexicon::TitleLexicon(std::vector<std::string> learned)
    : learned_(std::move(learned)), learned_set_(learned_.begin(), learned_.end()) {}

bool TitleLexicon::Contains(std::string_view folded) const {
  return IsBuiltinTitleWord(folded) || learned_set_.count(std::string(folded)) > 0;
}

size_t TitleLexicon::LeadingTitleTokens(const std::vector<std::string_view>& folded, size_t begin, size_t end) const {
  size_t i = begin;
  while (i + 1 < end && Contains(folded[i])) ++i;
  return i - begin;
}

size_t TitleLexicon::TitleStartBefore(const std::vector<std::string_view>& folded, const std::vector<bool>& capitalized,
                                      size_t begin) const {
  size_t start = begin;
  while (start > 0 && capitalized[start - 1] && Contains(folded[start - 1])) --start;
  return start;
}

}  // namespace storyline
