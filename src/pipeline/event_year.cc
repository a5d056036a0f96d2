#include "pipeline/event_year.h"

#include <set>

namespace storyline {

std::string InferEventYear(const std::vector<StoredArticle>& members) {
  std::set<std::string> years;
  for (const StoredArticle& s : members) {
    if (s.article.published.known()) years.insert(s.article.published.value.substr(0, 4));
  }
  return years.size() == 1 ? *years.begin() : "";
}

}  // namespace storyline
