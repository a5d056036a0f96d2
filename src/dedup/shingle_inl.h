// Inline implementation of ForEachWordHash and ForEachShingle (see shingle.h).
#ifndef STORYLINE_DEDUP_SHINGLE_INL_H_
#define STORYLINE_DEDUP_SHINGLE_INL_H_

#include <array>
#include <cstddef>

namespace storyline::dedup {
namespace shingle_internal {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
constexpr uint8_t kNonAscii = 0xFF;

// 0 for a separator, the lower-case byte for an ASCII alphanumeric, kNonAscii
// for a byte >= 0x80 (the word needs the slow path).
constexpr std::array<uint8_t, 256> MakeByteTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 'a' && c <= 'z') t[c] = static_cast<uint8_t>(c);
    else if (c >= 'A' && c <= 'Z') t[c] = static_cast<uint8_t>(c + 32);
    else if (c >= '0' && c <= '9') t[c] = static_cast<uint8_t>(c);
    else if (c >= 0x80) t[c] = kNonAscii;
  }
  return t;
}
inline constexpr std::array<uint8_t, 256> kByteTable = MakeByteTable();

// The slow path for a run that holds non-ASCII bytes, starting at `start`.
// Sets *end past the word (== start + length of one code point when the code
// point at `start` is not a word character) and returns whether it was a word.
bool ScanUnicodeWord(std::string_view text, size_t start, size_t* end, uint64_t* hash);

}  // namespace shingle_internal

template <typename Fn>
void ForEachWordHash(std::string_view text, Fn&& fn) {
  using namespace shingle_internal;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    uint8_t t = kByteTable[p[i]];
    if (t == 0) { ++i; continue; }
    size_t start = i;
    uint64_t h = kFnvOffset;
    while (i < n && t != 0 && t != kNonAscii) {
      h = (h ^ t) * kFnvPrime;
      if (++i < n) t = kByteTable[p[i]];
    }
    if (i < n && t == kNonAscii) {
      if (!ScanUnicodeWord(text, start, &i, &h)) continue;
    }
    fn(WordHash{Span{static_cast<uint32_t>(start), static_cast<uint32_t>(i)}, Mix64(h)});
  }
}

template <typename Fn>
uint32_t ForEachShingle(std::string_view text, int size, Fn&& fn) {
  constexpr int kMaxSize = 16;
  if (size < 1) size = 1;
  if (size > kMaxSize) size = kMaxSize;
  uint64_t ring[kMaxSize];
  uint32_t words = 0, shingles = 0;
  ForEachWordHash(text, [&](const WordHash& w) {
    ring[words % size] = w.hash;
    ++words;
    if (words < static_cast<uint32_t>(size)) return;
    uint64_t s = 0;
    for (int k = 0; k < size; ++k) s = (s ^ ring[(words + k) % size]) * 0x9E3779B97F4A7C15ULL;
    fn(Mix64(s));
    ++shingles;
  });
  if (words > 0 && words < static_cast<uint32_t>(size)) {
    uint64_t s = 0;
    for (uint32_t k = 0; k < words; ++k) s = (s ^ ring[k]) * 0x9E3779B97F4A7C15ULL;
    fn(Mix64(s ^ words));
    ++shingles;
  }
  return shingles;
}

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_SHINGLE_INL_H_
