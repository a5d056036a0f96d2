// Fast non-cryptographic hashing (xxHash3), used for content hashes, shingles
// and feature hashing. Stable across runs and machines: hashes are persisted.
#ifndef STORYLINE_COMMON_HASH_H_
#define STORYLINE_COMMON_HASH_H_

#include <cstdint>
#include <string_view>

namespace storyline {

uint64_t Hash64(std::string_view data, uint64_t seed = 0);

// The hash as 16 lower-case hex digits (for ids and exports).
std::string HashHex(uint64_t hash);

}  // namespace storyline

#endif  // STORYLINE_COMMON_HASH_H_
