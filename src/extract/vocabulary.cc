#include "extract/vocabulary.h"

#include "common/hash.h"
#include "text/term_stats.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

template <typename Fn>
void ForEachStem(std::string_view text, Fn&& fn) {
  ForEachWord(text, [&](Span, std::string_view norm) {
    if (norm.size() < 3 || IsStopWord(norm)) return;
    if (norm[0] >= '0' && norm[0] <= '9') return;
    fn(Hash64(norm.substr(0, kStemBytes)));
  });
}

}  // namespace

void Vocabulary::Add(std::string_view text) {
  ForEachStem(text, [&](uint64_t stem) { stems_.insert(stem); });
}

double Vocabulary::Overlap(std::string_view text) const {
  size_t total = 0, found = 0;
  ForEachStem(text, [&](uint64_t stem) {
    ++total;
    found += stems_.count(stem);
  });
  return total == 0 ? 1.0 : static_cast<double>(found) / static_cast<double>(total);
}

}  // namespace storyline
