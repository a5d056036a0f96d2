#include "entities/ner_token_types.h"

#include "common/hash.h"

namespace storyline {

uint32_t NerTokenTypes::Intern(std::string_view raw, std::string_view folded, bool* fresh) {
  if (2 * (types_.size() + 1) > slots_.size()) Grow();  // at most half full
  const uint64_t hash = Hash64(raw, 0x7E57);
  const size_t mask = slots_.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  for (; slots_[i] != 0; i = (i + 1) & mask) {
    const Type& t = types_[slots_[i] - 1];
    if (t.hash == hash && t.raw == raw && t.folded == folded) {
      *fresh = false;
      return slots_[i] - 1;
    }
  }
  *fresh = true;
  Type& t = types_.emplace_back();
  t.raw = raw;
  t.folded = folded;
  t.hash = hash;
  slots_[i] = static_cast<uint32_t>(types_.size());
  return slots_[i] - 1;
}

int32_t* NerTokenTypes::mutable_sums(uint32_t id) {
  types_[id].summed = true;
  return types_[id].sums;
}

void NerTokenTypes::Grow() {
  slots_.assign(slots_.empty() ? 256 : 2 * slots_.size(), 0);
  const size_t mask = slots_.size() - 1;
  for (size_t id = 0; id < types_.size(); ++id) {
    size_t i = static_cast<size_t>(types_[id].hash) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<uint32_t>(id + 1);
  }
}

}  // namespace storyline
