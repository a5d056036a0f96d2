// TextLookup: where the DuplicateIndex may read the full text of an article it
// indexed earlier, to verify a borderline candidate exactly. The index itself
// keeps no text (its memory must stay under 1 KB an article); the texts live
// in the store, which the pipeline wraps in a TextLookup. Optional: without
// one, the index decides on signatures alone with stricter thresholds.
#ifndef STORYLINE_DEDUP_TEXT_LOOKUP_H_
#define STORYLINE_DEDUP_TEXT_LOOKUP_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace storyline {

class TextLookup {
 public:
  virtual ~TextLookup() = default;
  // The text given to DuplicateIndex::Add() for `id`, or nullopt when unknown.
  // The view must stay valid until the next call.
  virtual std::optional<std::string_view> Text(const std::string& id) const = 0;
};

// Texts held by the caller (evaluation, tests): the map stores views, so the
// texts must outlive it.
class MapTextLookup : public TextLookup {
 public:
  void Put(const std::string& id, std::string_view text) { texts_[id] = text; }
  std::optional<std::string_view> Text(const std::string& id) const override {
    auto it = texts_.find(id);
    if (it == texts_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::string_view> texts_;
};

}  // namespace storyline

#endif  // STORYLINE_DEDUP_TEXT_LOOKUP_H_
