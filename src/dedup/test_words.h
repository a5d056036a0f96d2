// Test helper: synthetic texts of distinct words, so exact shingle overlaps
// between two texts are known by construction.
#ifndef STORYLINE_DEDUP_TEST_WORDS_H_
#define STORYLINE_DEDUP_TEST_WORDS_H_

#include <string>

namespace storyline::dedup {

// "w<from> w<from+1> ... w<to-1> ": to - from distinct words.
inline std::string Words(int from, int to) {
  std::string s;
  for (int i = from; i < to; ++i) s += "w" + std::to_string(i) + " ";
  return s;
}

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_TEST_WORDS_H_
