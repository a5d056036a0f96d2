#include "common/word_set.h"

#include <bit>
#include <cstring>

namespace storyline {
namespace {

// FNV-1a over the bytes, then a multiply to spread the low bits the mask keeps.
// The words are short, so this beats a general-purpose hash.
uint64_t ShortHash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h * 0x9E3779B97F4A7C15ull;
}

}  // namespace

WordSet::WordSet(std::initializer_list<std::string_view> words)
    : WordSet(std::vector<std::string_view>(words)) {}

WordSet::WordSet(const std::vector<std::string_view>& words) {
  // At most a quarter full: lookups of absent words, the common case, stop at
  // the first empty slot after one or two probes.
  size_t capacity = std::bit_ceil(std::max<size_t>(16, words.size() * 4));
  slots_.assign(capacity, std::string_view());
  indexes_.assign(capacity, -1);
  mask_ = capacity - 1;
  for (size_t i = 0; i < words.size(); ++i) Insert(words[i], static_cast<int>(i));
}

size_t WordSet::Slot(std::string_view word) const {
  size_t i = (ShortHash(word) >> 32) & mask_;
  while (slots_[i].data() != nullptr && slots_[i] != word) i = (i + 1) & mask_;
  return i;
}

void WordSet::Insert(std::string_view word, int index) {
  if (word.data() == nullptr) word = std::string_view("", 0);  // a default view is the empty word
  size_t i = Slot(word);
  if (slots_[i].data() != nullptr) return;  // already there
  slots_[i] = word;
  indexes_[i] = index;
  ++size_;
  min_length_ = std::min(min_length_, word.size());
  max_length_ = std::max(max_length_, word.size());
}

int WordSet::IndexOf(std::string_view word) const {
  if (word.size() < min_length_ || word.size() > max_length_) return -1;
  if (word.data() == nullptr) word = std::string_view("", 0);
  return indexes_[Slot(word)];
}

}  // namespace storyline
