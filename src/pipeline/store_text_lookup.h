// The store as the duplicate index's TextLookup: borderline candidates are
// verified against the exact text of the earlier article.
#ifndef STORYLINE_PIPELINE_STORE_TEXT_LOOKUP_H_
#define STORYLINE_PIPELINE_STORE_TEXT_LOOKUP_H_

#include <string>

#include "dedup/text_lookup.h"
#include "store/store.h"

namespace storyline {

class StoreTextLookup : public TextLookup {
 public:
  explicit StoreTextLookup(Store* store) : store_(store) {}

  // A store error reads as "unknown": the index then decides on signatures.
  std::optional<std::string_view> Text(const std::string& id) const override {
    auto text = store_->GetText(id);
    if (!text.ok() || !text->has_value()) return std::nullopt;
    last_ = std::move(**text);
    return std::string_view(last_);
  }

 private:
  Store* store_;
  mutable std::string last_;  // the view returned stays valid until the next call
};

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_STORE_TEXT_LOOKUP_H_
