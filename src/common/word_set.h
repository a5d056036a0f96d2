// WordSet: a fixed set of short strings (stop words, title words, particles)
// with a fast membership test. The hot paths of the text stages ask "is this
// word in the list?" for nearly every token; an open-addressing table with a
// power-of-two size and one multiply-shift hash answers without the division
// and pointer chasing of std::unordered_set.
//
// The set keeps views: the strings must outlive it (string literals do).
// Immutable after construction, so one set may be read from many threads.
#ifndef STORYLINE_COMMON_WORD_SET_H_
#define STORYLINE_COMMON_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace storyline {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words);
  explicit WordSet(const std::vector<std::string_view>& words);

  bool contains(std::string_view word) const { return IndexOf(word) >= 0; }
  // The word's position in the constructor's list (its first occurrence), or
  // -1: lets a caller keep values in a parallel vector.
  int IndexOf(std::string_view word) const;
  size_t size() const { return size_; }

 private:
  void Insert(std::string_view word, int index);
  size_t Slot(std::string_view word) const;

  // A slot is empty when its view has no data; words shorter or longer than
  // any member are rejected before hashing.
  std::vector<std::string_view> slots_;
  std::vector<int> indexes_;  // parallel to slots_
  size_t mask_ = 0;
  size_t size_ = 0;
  size_t min_length_ = SIZE_MAX;
  size_t max_length_ = 0;
};

}  // namespace storyline

#endif  // STORYLINE_COMMON_WORD_SET_H_
