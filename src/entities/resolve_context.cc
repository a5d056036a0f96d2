#include "entities/resolve_context.h"

#include <algorithm>
#include <iterator>

namespace storyline {

void ContextMemory::Add(std::vector<uint64_t>* keys) {
  std::sort(keys->begin(), keys->end());
  keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
  if (keys->empty()) return;
  std::vector<uint64_t> merged;
  merged.reserve(recent_.size() + keys->size());
  std::set_union(recent_.begin(), recent_.end(), keys->begin(), keys->end(),
                 std::back_inserter(merged));
  recent_ = std::move(merged);
  if (recent_.size() > half_) {
    older_ = std::move(recent_);
    recent_.clear();
    older_.shrink_to_fit();
  }
}

bool ContextMemory::Contains(uint64_t key) const {
  return std::binary_search(recent_.begin(), recent_.end(), key) ||
         std::binary_search(older_.begin(), older_.end(), key);
}

}  // namespace storyline
