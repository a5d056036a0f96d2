#include "dedup/shingle.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "common/utf8.h"
#include "text/normalize.h"

namespace storyline::dedup {
namespace shingle_internal {
namespace {

bool IsUnicodeWordChar(char32_t cp) {
  if (cp < 0x80) return kByteTable[cp] != 0;
  auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}

}  // namespace

bool ScanUnicodeWord(std::string_view text, size_t start, size_t* end, uint64_t* hash) {
  size_t pos = start;
  std::string folded;
  while (pos < text.size()) {
    size_t next = pos;
    char32_t cp = DecodeUtf8(text, &next);
    if (!IsUnicodeWordChar(cp)) {
      if (pos == start) { *end = next; return false; }
      break;
    }
    AppendFolded(cp, &folded);
    pos = next;
  }
  *end = pos;
  uint64_t h = kFnvOffset;
  for (unsigned char c : folded) h = (h ^ c) * kFnvPrime;
  *hash = h;
  return true;
}

}  // namespace shingle_internal

std::vector<WordHash> WordHashes(std::string_view text) {
  std::vector<WordHash> words;
  words.reserve(text.size() / 6);
  ForEachWordHash(text, [&](const WordHash& w) { words.push_back(w); });
  return words;
}

std::vector<uint64_t> ShingleSet(std::string_view text, int size) {
  std::vector<uint64_t> set;
  ForEachShingle(text, size, [&](uint64_t s) { set.push_back(s); });
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

namespace {

size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++common; ++i; ++j; }
  }
  return common;
}

}  // namespace

double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t common = IntersectionSize(a, b);
  size_t uni = a.size() + b.size() - common;
  return uni == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(uni);
}

double ExactContainment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty()) return 0.0;
  return static_cast<double>(IntersectionSize(a, b)) / static_cast<double>(a.size());
}

}  // namespace storyline::dedup
