// A stand-in temporal tagger for tests: every literal "YYYY-MM-DD" in the
// text is a day mention, and the word "yesterday" is the anchor's day before.
#ifndef STORYLINE_TIMELINE_FAKE_TAGGER_TEST_UTIL_H_
#define STORYLINE_TIMELINE_FAKE_TAGGER_TEST_UTIL_H_

#include <string_view>
#include <vector>

#include "storyline/model.h"
#include "timeline/iso_day.h"

namespace storyline::testing {

inline std::vector<DateMention> FakeTagDates(std::string_view text, std::string_view anchor) {
  std::vector<DateMention> out;
  auto add = [&](size_t at, size_t len, std::string value) {
    DateMention m;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + len)};
    m.text = std::string(text.substr(at, len));
    m.type = "DATE";
    m.value = std::move(value);
    m.granularity = DateGranularity::kDay;
    m.resolved = true;
    out.push_back(std::move(m));
  };
  for (size_t i = 0; i + 10 <= text.size(); ++i) {
    if (ParseIsoDay(text.substr(i, 10)) && (i + 10 == text.size() || text[i + 10] != '-')) {
      add(i, 10, std::string(text.substr(i, 10)));
    }
  }
  for (size_t at = text.find("yesterday"); at != std::string_view::npos;
       at = text.find("yesterday", at + 1)) {
    if (auto day = ParseIsoDay(anchor)) add(at, 9, FormatIsoDay(*day - 1));
  }
  return out;
}

}  // namespace storyline::testing

#endif  // STORYLINE_TIMELINE_FAKE_TAGGER_TEST_UTIL_H_
