#include "timeline/wordnet_exceptions.h"

#include <unordered_map>

#include "timeline/word_list_data.h"

namespace storyline::timeline {
namespace {

using ExceptionMap = std::unordered_map<std::string_view, std::string_view>;

// Parses "inflected base" lines; a later line for the same form wins, as when
// ROUGE's buildExceptionDB.pl writes them into its hash one after the other.
ExceptionMap ParseExceptions(std::string_view text) {
  ExceptionMap map;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    size_t space = line.find(' ');
    if (space != std::string_view::npos && space > 0) {
      map[line.substr(0, space)] = line.substr(space + 1);
    }
    start = end + 1;
  }
  return map;
}

const ExceptionMap& Exceptions() {
  static const ExceptionMap map = ParseExceptions(WordNetExceptionsText());
  return map;
}

}  // namespace

std::optional<std::string_view> WordNetBaseForm(std::string_view inflected) {
  auto it = Exceptions().find(inflected);
  if (it == Exceptions().end()) return std::nullopt;
  return it->second;
}

size_t WordNetExceptionCount() { return Exceptions().size(); }

}  // namespace storyline::timeline
