#include "timeline/smart_stopwords.h"

#include <string>
#include <unordered_set>

#include "timeline/word_list_data.h"

namespace storyline::timeline {
namespace {

const std::unordered_set<std::string_view>& StopSet() {
  static const std::unordered_set<std::string_view> set = [] {
    std::unordered_set<std::string_view> s;
    std::string_view text = SmartStopWordsText();
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) s.insert(text.substr(start, end - start));
      start = end + 1;
    }
    return s;
  }();
  return set;
}

}  // namespace

bool IsSmartStopWord(std::string_view token) { return StopSet().count(token) > 0; }

size_t SmartStopWordCount() { return StopSet().size(); }

}  // namespace storyline::timeline
