// Titles written before a person's name ("Foreign Minister Sergey Lavrov",
// "Field Marshal Khalifa Haftar"). The tagger keeps them out of the name span
// and reports them in Mention::title. The lexicon is a built-in list of title
// words plus the words a trained model learned to precede persons.
#ifndef STORYLINE_ENTITIES_NER_TITLES_H_
#define STORYLINE_ENTITIES_NER_TITLES_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace storyline {

// True for a built-in title word, given its folded form ("minister", "gen.").
bool IsBuiltinTitleWord(std::string_view folded);
// The built-in title words, sorted.
std::vector<std::string> BuiltinTitleWords();

class TitleLexicon {
 public:
  TitleLexicon() = default;
  explicit TitleLexicon(std::vector<std::string> learned);

  // Built-in or learned title word (folded form).
  bool Contains(std::string_view folded) const;
  const std::vector<std::string>& learned() const { return learned_; }

  // Number of tokens at the start of [begin, end) of `folded` that are title
  // words, leaving at least one token for the name.
  size_t LeadingTitleTokens(const std::vector<std::string_view>& folded, size_t begin, size_t end) const;
  // Start of the title run that ends right before `begin` (== begin if none):
  // capitalized title words, scanning left.
  size_t TitleStartBefore(const std::vector<std::string_view>& folded, const std::vector<bool>& capitalized,
                          size_t begin) const;

 private:
  std::vector<std::string> learned_;
  std::unordered_set<std::string> learned_set_;
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_TITLES_H_
