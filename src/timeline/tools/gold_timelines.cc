#include "timeline/tools/gold_timelines.h"

#include <nlohmann/json.hpp>

#include "timeline/article_jsonl.h"

namespace storyline {

Result<std::vector<timeline::Timeline>> ParseGoldTimelines(std::string_view content,
                                                     const std::string& name) {
  std::vector<timeline::Timeline> out;
  Status st = ForEachJsonLine(content, [&](std::string_view line, size_t line_no) {
    auto json = nlohmann::json::parse(line, nullptr, false);
    const std::string where = name + ":" + std::to_string(line_no);
    if (json.is_discarded() || !json.is_array()) return Status::InvalidInput(where + ": not a list");
    timeline::Timeline tl;
    for (const auto& item : json) {
      if (!item.is_array() || item.size() != 2 || !item[0].is_string() || !item[1].is_array()) {
        return Status::InvalidInput(where + ": expected [date, [sentences]]");
      }
      std::vector<std::string> sentences;
      for (const auto& s : item[1]) {
        if (s.is_string()) sentences.push_back(s.get<std::string>());
      }
      tl.entries[item[0].get<std::string>().substr(0, 10)] = std::move(sentences);
    }
    out.push_back(std::move(tl));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace storyline
