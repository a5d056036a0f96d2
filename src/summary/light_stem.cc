#include "summary/light_stem.h"

#include <array>

#include "common/hash.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {

std::string_view LightStem(std::string_view w) {
  static constexpr std::array<std::string_view, 4> kEndings = {"ing", "ed", "es", "s"};
  constexpr size_t kMinStem = 4;
  for (std::string_view end : kEndings) {
    if (w.size() >= end.size() + kMinStem && w.ends_with(end)) return w.substr(0, w.size() - end.size());
  }
  return w;
}

std::vector<uint64_t> StemmedContentTerms(std::string_view text) {
  std::vector<uint64_t> terms;
  ForEachWord(text, [&](Span, std::string_view norm) {
    if (norm.size() < 2 || IsStopWord(norm)) return;
    terms.push_back(Hash64(LightStem(norm)));
  });
  return terms;
}

}  // namespace storyline
