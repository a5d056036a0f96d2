// Test helper: hand-made mentions, every occurrence of each given name in a
// text (longer names win where they overlap), in text order.
#ifndef STORYLINE_ENTITIES_RESOLVE_TEST_MENTIONS_H_
#define STORYLINE_ENTITIES_RESOLVE_TEST_MENTIONS_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storyline/model.h"

namespace storyline::testing {

inline bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline std::vector<Mention> MentionsOf(const std::string& article, std::string_view text,
                                       std::vector<std::pair<std::string, EntityType>> names) {
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::vector<Mention> out;
  for (const auto& [name, type] : names) {
    for (size_t pos = text.find(name); pos != std::string_view::npos;
         pos = text.find(name, pos + 1)) {
      size_t end = pos + name.size();
      if ((pos > 0 && IsWordByte(text[pos - 1])) || (end < text.size() && IsWordByte(text[end]))) {
        continue;
      }
      bool overlaps = std::any_of(out.begin(), out.end(), [&](const Mention& m) {
        return pos < m.span.end && end > m.span.begin;
      });
      if (overlaps) continue;
      Mention m;
      m.article = article;
      m.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)};
      m.text = name;
      m.type = type;
      out.push_back(std::move(m));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace storyline::testing

#endif  // STORYLINE_ENTITIES_RESOLVE_TEST_MENTIONS_H_
