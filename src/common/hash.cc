#include "common/hash.h"

#include <string>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace storyline {

uint64_t Hash64(std::string_view data, uint64_t seed) {
  return XXH3_64bits_withSeed(data.data(), data.size(), seed);
}

std::string HashHex(uint64_t hash) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[i] = kDigits[hash & 0xf];
  return out;
}

}  // namespace storyline
