#include "timeline/timeline_output.h"

#include <nlohmann/json.hpp>

namespace storyline {

std::string TimelineToJson(const std::vector<TimelineDate>& timeline) {
  nlohmann::ordered_json days = nlohmann::ordered_json::array();
  for (const TimelineDate& d : timeline) {
    nlohmann::ordered_json sentences = nlohmann::ordered_json::array();
    for (const DatedSentence& s : d.sentences) {
      sentences.push_back({{"article", s.article},
                           {"begin", s.span.begin},
                           {"end", s.span.end},
                           {"text", s.text}});
    }
    days.push_back({{"date", d.date},
                    {"score", d.score},
                    {"articles", d.articles},
                    {"sentences", std::move(sentences)}});
  }
  nlohmann::ordered_json root = {{"timeline", std::move(days)}};
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

timeline::Timeline ToEvalTimeline(const std::vector<TimelineDate>& timeline) {
  timeline::Timeline out;
  for (const TimelineDate& d : timeline) {
    std::vector<std::string>& sentences = out.entries[d.date];
    for (const DatedSentence& s : d.sentences) sentences.push_back(s.text);
  }
  return out;
}

std::string TimelineToT17(const std::vector<TimelineDate>& timeline) {
  return timeline::WriteT17Timeline(ToEvalTimeline(timeline));
}

}  // namespace storyline
