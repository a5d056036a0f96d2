// The date tagger's own token pass: one linear scan that splits ASCII letter
// runs, digit runs and single punctuation characters, records whether
// whitespace precedes each token ("21-22" vs "21 - 22"), and looks each word up
// in the lexicon. Bytes >= 0x80 count as letters, so UTF-8 words stay whole and
// simply never match the (ASCII) lexicon.
#ifndef STORYLINE_DATES_DATE_TOKENS_H_
#define STORYLINE_DATES_DATE_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dates/lexicon.h"

namespace storyline::dates {

enum class TokKind : uint8_t { kWord, kNumber, kPunct };

struct DateToken {
  uint32_t begin = 0;  // byte offsets in the text
  uint32_t end = 0;
  TokKind kind = TokKind::kPunct;
  bool space_before = true;   // whitespace or text start before it
  bool newline_before = false;
  bool capitalized = false;   // a word whose first letter is upper-case
  LexEntry lex;               // words only
  int64_t number = -1;        // value of a digit run of at most 9 digits
  std::string_view lower;     // lower-case form (ASCII folded), valid while the owner lives
  char punct_char = '\0';     // punctuation, with curly quotes and dashes folded to ASCII
  char punct() const { return punct_char; }
  uint32_t digits() const { return end - begin; }
};

// Owns the lower-cased copy of the text that the tokens' `lower` views point into.
class DateTokens {
 public:
  explicit DateTokens(std::string_view text);
  DateTokens(const DateTokens&) = delete;
  DateTokens& operator=(const DateTokens&) = delete;

  const std::vector<DateToken>& tokens() const { return tokens_; }
  size_t size() const { return tokens_.size(); }
  const DateToken& operator[](size_t i) const { return tokens_[i]; }

 private:
  std::string lower_;
  std::vector<DateToken> tokens_;
};

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_DATE_TOKENS_H_
