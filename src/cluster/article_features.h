// What the clusterer needs to know about one article, and the hashed terms it
// derives from it. Kept apart from the clusterer so the tuning tools can
// extract terms once and re-cluster many times.
#ifndef STORYLINE_CLUSTER_ARTICLE_FEATURES_H_
#define STORYLINE_CLUSTER_ARTICLE_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

struct ArticleFeatures {
  std::string id, outlet, title;
  std::string text;                      // clean text
  int64_t day = -1;                      // publication day (days since 1970-01-01), -1 unknown
  std::vector<std::string> entity_keys;  // optional folded entity names (may be empty)
  std::string duplicate_of;              // non-empty: a copy; joins its original's event, counts once
};

// Feature channels; a term's channel is stored in its low bits (ChannelOf).
enum class Channel : uint64_t { kWords = 0, kTitle = 1, kNames = 2, kNumbers = 3, kDates = 4 };
constexpr uint64_t kChannelMask = 7;
inline Channel ChannelOf(uint64_t term) { return static_cast<Channel>(term & kChannelMask); }

// Hashed terms of one article, per feature channel (repeats kept: they are
// term frequencies). Hashes are seeded per channel so channels never collide.
struct ChannelTerms {
  std::vector<uint64_t> words;    // content words of the text
  std::vector<uint64_t> title;    // content words of the title, or of the first line
  std::vector<uint64_t> names;    // capitalized tokens and bigrams, entity_keys
  std::vector<uint64_t> numbers;  // number tokens that are not years
  std::vector<uint64_t> dates;    // years 1900-2099, month-day and year-month pairs
};

// Tokenizes the article once and fills every channel. Names are a cheap
// entity proxy: capitalized words that do not open a sentence (or that open
// one but are followed by another capitalized word), and each pair of adjacent
// capitalized words; `entity_keys` are added as given. Dates: four-digit years
// and month names next to a day number or a year.
ChannelTerms ExtractTerms(const ArticleFeatures& article);

// ExtractTerms in two halves, so that the costly one can run ahead, in
// parallel: the terms of the text and title (all but entity keys; pure), and
// then the entity keys, appended to `names` as ExtractTerms would.
ChannelTerms ExtractTextTerms(std::string_view title, std::string_view text);
void AddEntityKeys(const std::vector<std::string>& entity_keys, ChannelTerms* terms);

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_ARTICLE_FEATURES_H_
