// CopyMaker: turns a real article into the kind of copy an outlet publishes
// (the test corpus of the dedup stage; see src/dedup/README.md).
//
// A copy is one of three kinds:
//  - exact (10%): the same words with different whitespace, line breaks,
//    case of the first line and typographic quotes;
//  - truncated (20%): the first 25-70% of the paragraphs (at least three),
//    sometimes with a headline or boilerplate added;
//  - rewrite (70%): any mix of a new headline, a new lead (an outlet's own
//    first paragraph: a line of another article of the same topic, or the
//    original lead cut by a third and reordered), paragraphs dropped (up to
//    30%), paragraphs added from another article of the topic (1-3; only
//    from donors of 12 lines or more, so no donor ends up inside a copy), light
//    word edits (up to 6% of words: synonyms, deletions, insertions), a cut
//    ending and boilerplate (copyright lines, "read more", wire credits).
// Paragraphs are the text's lines (T17 holds about a sentence a line).
//
// Deterministic: the same seed and inputs give the same copies on every
// machine (own SplitMix64 generator, no <random> distributions).
#ifndef STORYLINE_DEDUP_TOOLS_COPY_MAKER_H_
#define STORYLINE_DEDUP_TOOLS_COPY_MAKER_H_

#include <cstdint>
#include <string>
#include <vector>

namespace storyline::dedup {

// SplitMix64: small, fast, and identical everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next();
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }  // [0, 1)
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }
  bool Chance(double p) { return Uniform() < p; }

 private:
  uint64_t state_;
};

struct CopyOptions {
  double exact_share = 0.10;       // share of copies that are exact (normalization-only) duplicates
  double truncated_share = 0.20;   // share that are cut-down copies; the rest are rewrites
  double max_drop = 0.30;          // rewrites drop each paragraph with a probability up to this
  int max_added = 3;               // rewrites add up to this many paragraphs from another article
  double max_word_edits = 0.06;    // rewrites edit up to this fraction of words
};

struct MadeCopy {
  std::string text;
  std::string recipe;  // what was done, e.g. "rewrite:headline,lead,drop,add,edit,boiler"
};

class CopyMaker {
 public:
  static constexpr size_t kMinDonorLines = 12;  // shorter donors lend nothing

  CopyMaker(uint64_t seed, CopyOptions options = {}) : rng_(seed), options_(options) {}

  // A copy of `original`; `donor` is another article of the same topic that
  // supplies new leads and added paragraphs (may be empty).
  MadeCopy Make(const std::string& original, const std::string& donor, const std::string& outlet);

  Rng& rng() { return rng_; }

 private:
  using Lines = std::vector<std::string>;
  MadeCopy Exact(const Lines& lines);
  MadeCopy Truncated(const Lines& lines, const std::string& outlet);
  MadeCopy Rewrite(const Lines& lines, const Lines& donor, const std::string& outlet);
  std::string Headline(const Lines& lines);
  std::string NewLead(const Lines& lines, const Lines& donor);
  void EditWords(Lines* lines, double rate);
  std::string Boilerplate(const std::string& outlet);

  Rng rng_;
  CopyOptions options_;
};

// The text's non-blank lines, trimmed.
std::vector<std::string> SplitLines(const std::string& text);

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_TOOLS_COPY_MAKER_H_
