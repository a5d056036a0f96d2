#include "cluster/article_features.h"

#include <string>
#include <string_view>

#include "common/hash.h"
#include "common/word_set.h"
#include "text/normalize.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

// The channel is both the hash seed and the low bits of the term, so terms of
// different channels never collide and ChannelOf() can tell them apart.
uint64_t TermHash(std::string_view term, Channel channel) {
  uint64_t c = static_cast<uint64_t>(channel);
  return (Hash64(term, 0x5eed0000ULL + c) & ~kChannelMask) | c;
}

// True when only spaces/quotes separate `begin` from the start of the text or
// from a sentence end ('.', '!', '?', a line break).
bool OpensSentence(std::string_view text, uint32_t begin) {
  for (size_t i = begin; i > 0; --i) {
    char c = text[i - 1];
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == '(') continue;
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':';
  }
  return true;
}

bool OnlySpacesBetween(std::string_view text, uint32_t from, uint32_t to) {
  if (to <= from) return false;
  for (uint32_t i = from; i < to; ++i)
    if (text[i] != ' ') return false;
  return true;
}

bool IsYear(std::string_view norm) {
  if (norm.size() != 4 || (norm[0] != '1' && norm[0] != '2')) return false;
  for (char c : norm)
    if (c < '0' || c > '9') return false;
  return (norm[0] == '1' && norm[1] == '9') || (norm[0] == '2' && norm[1] == '0');
}

bool StartsWithDigit(std::string_view norm) { return !norm.empty() && norm[0] >= '0' && norm[0] <= '9'; }

int MonthOf(std::string_view w) {
  static const WordSet kNames = {"january", "jan", "february", "feb", "march", "mar", "april", "apr", "may",
                                 "june", "jun", "july", "jul", "august", "aug", "september", "sep", "sept",
                                 "october", "oct", "november", "nov", "december", "dec"};
  static const int kMonths[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12};
  int i = kNames.IndexOf(w);
  return i < 0 ? 0 : kMonths[i];
}

// 1..31 for "18", "18th", "1st"; 0 otherwise.
int DayOf(std::string_view w) {
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view rest = w.substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  int d = w[0] - '0';
  if (digits == 2) d = d * 10 + (w[1] - '0');
  return d >= 1 && d <= 31 ? d : 0;
}

// Date keys from adjacent words: "September 18" / "18th September" give a
// month-day key, "September 2013" / "September 18, 2013" a year-month key.
class DateKeys {
 public:
  void Next(std::string_view norm, std::vector<uint64_t>* out) {
    int month = MonthOf(norm), day = DayOf(norm);
    bool year = IsYear(norm);
    if (day && month_ > 0 && since_month_ == 1) Emit('d', month_, day, out);
    if (month && prev_day_ > 0) Emit('d', month, prev_day_, out);
    if (year && month_ > 0 && since_month_ <= 2) Emit('m', std::stoi(std::string(norm)), month_, out);
    prev_day_ = day;
    if (month) month_ = month, since_month_ = 0;
    ++since_month_;
  }

 private:
  static void Emit(char kind, int a, int b, std::vector<uint64_t>* out) {
    std::string key{kind};
    key += std::to_string(a) + "-" + std::to_string(b);
    out->push_back(TermHash(key, Channel::kDates));
  }
  int month_ = 0, prev_day_ = 0, since_month_ = 9;
};

// Names: capitalized content words that do not open a sentence, or that open
// one and are followed by another capitalized word; adjacent pairs too.
class NameKeys {
 public:
  explicit NameKeys(std::string_view text) : text_(text) {}

  void Next(Span span, std::string_view norm, bool content, std::vector<uint64_t>* out) {
    if (!content || StartsWithDigit(norm) || !StartsUpperCase(text_.substr(span.begin))) {
      have_prev_ = false;
      return;
    }
    bool opener = OpensSentence(text_, span.begin);
    bool adjacent = have_prev_ && OnlySpacesBetween(text_, prev_end_, span.begin);
    if (adjacent) {
      if (!prev_emitted_) out->push_back(TermHash(prev_, Channel::kNames));
      out->push_back(TermHash(prev_ + " " + std::string(norm), Channel::kNames));
    }
    if (adjacent || !opener) out->push_back(TermHash(norm, Channel::kNames));
    prev_.assign(norm);
    prev_end_ = span.end;
    prev_emitted_ = adjacent || !opener;
    have_prev_ = true;
  }

 private:
  std::string_view text_;
  std::string prev_;
  uint32_t prev_end_ = 0;
  bool prev_emitted_ = false, have_prev_ = false;
};

void AddTextTerms(std::string_view text, ChannelTerms* out) {
  NameKeys names(text);
  DateKeys dates;
  ForEachWord(text, [&](Span span, std::string_view norm) {
    bool content = norm.size() >= 2 && !IsStopWord(norm);
    dates.Next(norm, &out->dates);
    if (IsYear(norm)) out->dates.push_back(TermHash(norm, Channel::kDates));
    else if (StartsWithDigit(norm)) out->numbers.push_back(TermHash(norm, Channel::kNumbers));
    else if (content) out->words.push_back(TermHash(norm, Channel::kWords));
    names.Next(span, norm, content, &out->names);
  });
}

std::string_view FirstLine(std::string_view text) {
  size_t start = 0;
  while (start < text.size() && (text[start] == '\n' || text[start] == ' ')) ++start;
  size_t end = text.find('\n', start);
  std::string_view line = text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
  return line.substr(0, 300);
}

}  // namespace

ChannelTerms ExtractTerms(const ArticleFeatures& article) {
  ChannelTerms out = ExtractTextTerms(article.title, article.text);
  AddEntityKeys(article.entity_keys, &out);
  return out;
}

ChannelTerms ExtractTextTerms(std::string_view title, std::string_view text) {
  ChannelTerms out;
  out.words.reserve(text.size() / 8);
  AddTextTerms(text, &out);
  if (title.empty()) title = FirstLine(text);
  ForEachWord(title, [&](Span, std::string_view norm) {
    if (norm.size() >= 2 && !IsStopWord(norm)) out.title.push_back(TermHash(norm, Channel::kTitle));
  });
  return out;
}

void AddEntityKeys(const std::vector<std::string>& entity_keys, ChannelTerms* terms) {
  for (const std::string& key : entity_keys)
    if (!key.empty()) terms->names.push_back(TermHash(key, Channel::kNames));
}

}  // namespace storyline
