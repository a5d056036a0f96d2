// Cross-outlet quotation ids: the same statement reported by several outlets,
// even in different translations, gets one id ("q1", ...).
//
// Two quotations match when they share enough content words, compared by
// their first five letters so that inflections and near translations meet
// ("declaration" ~ "declare"):
//   overlap = shared / min(|A|, |B|)   and   dice = 2 shared / (|A| + |B|)
// with the lengths (in words) within a factor of `min_length_ratio`. With the
// same speaker entity on both sides the thresholds are `overlap_same_speaker`
// and `dice_same_speaker`; with a speaker unknown on either side, the stricter
// `overlap_unknown_speaker` / `dice_unknown_speaker`; different speaker
// entities never match. A quotation takes the id of its best match among all
// quotations linked so far, or a new id.
//
// Cost and memory: candidates come from an index of stems -> quotations, and
// the stems two quotations share are counted while reading the postings, so a
// quotation costs its postings, not a scan of all earlier ones. Each linked
// quotation keeps 16 bytes (its id number, its speaker as a number, two
// counts), so that the candidates of a quotation, often thousands, are
// checked in a compact array; each distinct speaker entity keeps its id once.
// Each stem keeps the most recent half to all of `max_postings_per_stem`
// quotations (a common stem links only recent quotations through it; other
// shared stems still find older ones).
//
// Thread-safety: not thread-safe; ids are stable across calls (stateful).
#ifndef STORYLINE_QUOTES_QUOTE_LINKER_H_
#define STORYLINE_QUOTES_QUOTE_LINKER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "storyline/model.h"

namespace storyline {

struct QuoteLinkerOptions {
  double overlap_same_speaker = 0.5;     // default 0.5
  double dice_same_speaker = 0.4;        // default 0.4
  double overlap_unknown_speaker = 0.8;  // default 0.8
  double dice_unknown_speaker = 0.6;     // default 0.6
  double min_length_ratio = 0.5;         // shorter / longer word count; default 0.5
  size_t stem_length = 5;                // letters compared per word; default 5
  size_t max_postings_per_stem = 4096;   // recent quotations indexed per stem; default 4096
};

class QuoteLinker {
 public:
  explicit QuoteLinker(QuoteLinkerOptions options = {}) : options_(options) {}

  // Fills Quote::id of each quotation (earlier ids are kept for ones seen).
  void Link(std::vector<Quote>* quotes);

  // Re-admits quotations linked by an earlier run (the state rebuilt from a
  // store), in the order they were linked, keeping their ids: the linker is
  // left as Link() left it, without matching them again (the costly part).
  // Later ids continue after the largest one re-admitted. A quotation whose
  // id is not of the form "q<n>" is linked afresh (its id is not reported).
  void Readmit(const std::vector<Quote>& quotes);

  // Content-word stems of a quotation, sorted and unique (exposed for tests).
  std::vector<std::string> Stems(std::string_view text) const;

 private:
  struct Known {
    uint32_t id = 0;       // n of "qn"
    uint32_t speaker = 0;  // speaker entity number (speakers_), 0 when unknown
    uint32_t stems = 0;    // distinct content-word stems
    uint32_t words = 0;
  };
  // True when `a` and `b`, sharing `shared` stems, quote the same statement.
  bool Matches(const Known& a, const Known& b, size_t shared) const;
  uint32_t SpeakerNumber(const std::string& entity);
  void IndexStem(const std::string& stem, uint32_t quote);
  // Makes `known` (with its id set) a candidate for later quotations.
  void Remember(const std::vector<std::string>& stems, Known known);
  Known Describe(const Quote& quote, const std::vector<std::string>& stems);

  QuoteLinkerOptions options_;
  std::vector<Known> known_;
  // Stem -> quotations (indices into known_), oldest first.
  std::unordered_map<std::string, std::vector<uint32_t>> by_stem_;
  std::unordered_map<std::string, uint32_t> speakers_;  // speaker entity -> number, from 1
  uint32_t next_id_ = 1;
  // Scratch for Link: stems shared per known quotation (all zero between
  // quotations) and the quotations with a non-zero count.
  std::vector<uint32_t> shared_;
  std::vector<uint32_t> candidates_;
};

}  // namespace storyline

#endif  // STORYLINE_QUOTES_QUOTE_LINKER_H_
