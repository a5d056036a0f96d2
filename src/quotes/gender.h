// The grammatical gender an article gives its persons, for resolving "he" and
// "she": from honorifics and gendered nouns next to a name ("Mrs.", "the
// spokeswoman", "his wife"), and from the pronoun that follows a sentence's
// only person ("Merkel said she would stay"). No name lists: what the article
// says decides, and a person it says nothing about stays unknown.
#ifndef STORYLINE_QUOTES_GENDER_H_
#define STORYLINE_QUOTES_GENDER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "quotes/quote_marks.h"
#include "storyline/model.h"

namespace storyline {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// The evidence of one article; `quotes` are its quotations (words inside them
// are not evidence about the names outside). The article is read on the first
// Of() call (most articles never need it), so the arguments must outlive the
// object, and one object must not be shared between threads.
class PersonGenders {
 public:
  PersonGenders(std::string_view text, const std::vector<Mention>& mentions, const std::vector<QuotedSpan>& quotes)
      : text_(text), mentions_(mentions), quotes_(quotes) {}

  // The gender of the person `m` names (by entity id when resolved, else by
  // the last word of its name): the majority of the evidence, kUnknown on none
  // or a tie.
  Gender Of(const Mention& m) const;

 private:
  static std::string Key(const Mention& m);
  void Infer() const;
  void Add(const Mention& m, Gender g) const;

  std::string_view text_;
  const std::vector<Mention>& mentions_;
  const std::vector<QuotedSpan>& quotes_;
  mutable bool inferred_ = false;
  mutable std::unordered_map<std::string, int> votes_;  // key -> (male votes) - (female votes)
};

// The gender of "he"/"him"/"his" (kMale), "she"/"her" (kFemale), else kUnknown.
Gender PronounGender(std::string_view folded_word);

}  // namespace storyline

#endif  // STORYLINE_QUOTES_GENDER_H_
