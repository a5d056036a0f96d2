#include "timeline/smart_stopwords.h"

#include <string>
#include <vector>

#include "common/word_set.h"
#include "timeline/word_list_data.h"

namespace storyline::timeline {
namespace {

const WordSet& StopSet() {
  static const WordSet set = [] {
    std::vector<std::string_view> s;
    std::string_view text = SmartStopWordsText();
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) s.push_back(text.substr(start, end - start));
      start = end + 1;
    }
    return WordSet(s);
  }();
  return set;
}

}  // namespace

bool IsSmartStopWord(std::string_view token) { return StopSet().contains(token); }

size_t SmartStopWordCount() { return StopSet().size(); }

}  // namespace storyline::timeline
