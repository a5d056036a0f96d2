// Extract: turns a RawDocument into a clean Article.
//
// The steps, in order (extractor.cc reads the same way):
//   1. split the raw text into lines (lines.h)
//   2. a leading metadata line " date YYYY-MM-DD" is cut from the text
//   3. a date line near the top ("22 July 2020") is removed ("date-line")
//   4. the title: metadata, else a first line shaped like a headline; the line
//      that repeats it is removed ("title")
//   5. the dateline of the lead (dateline.h): place, agency, outlet, date; the
//      dateline itself stays in the text as part of the lead sentence
//   6. page furniture (furniture.h), learning what each outlet repeats
//   7. outlet, credits, publication date (metadata > metadata line > dateline >
//      date line > URL; never invented), language
//   8. the kept lines are copied verbatim: runs of kept lines within one block
//      form a paragraph; paragraphs are joined by "\n\n"
//
// Learning: furniture repeated across an outlet is recognized from the outlet's
// FurnitureOptions::min_outlet_repeats-th article on; earlier ones keep it, unless
// the caller first Observe()s the whole batch (each document is counted once,
// whether it is observed, extracted, or both).
// Thread-safety: an Extractor holds the per-outlet line statistics and is not
// synchronized; use one per thread (each then learns from the articles it sees).
#ifndef STORYLINE_EXTRACT_EXTRACTOR_H_
#define STORYLINE_EXTRACT_EXTRACTOR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/furniture.h"
#include "extract/outlet_stats.h"
#include "storyline/article.h"

namespace storyline {

struct ExtractOptions {
  FurnitureOptions furniture;
  // Bounds of the per-outlet line statistics (see outlet_stats.h for the memory cap).
  OutletStatsOptions outlet_stats;
  // Learn and remove lines an outlet repeats across articles (step 6).
  bool learn_outlet_furniture = true;
  // How many lines from the top may hold a date line (step 3).
  size_t date_line_window = 4;
  // Longest first line taken as a title when metadata has none.
  size_t title_max_words = 25;
  size_t title_max_bytes = 200;
};

class Extractor {
 public:
  explicit Extractor(ExtractOptions options = {});

  Article Extract(const RawDocument& doc);
  // The same, moving the document's text into Article::raw instead of copying it.
  Article Extract(RawDocument&& doc);

  // Counts `doc`'s lines in the outlet statistics without extracting it, so that a
  // batch read in full can be cleaned with what the whole batch repeats. Remembers
  // an 8-byte hash per observed document until that document is extracted.
  void Observe(const RawDocument& doc);

 private:
  struct Prepared;
  Prepared Prepare(const RawDocument& doc, std::string_view raw) const;
  Article Build(const RawDocument& doc, std::string raw);
  bool TakeObserved(std::string_view raw);

  ExtractOptions options_;
  OutletLineStats outlet_stats_;
  std::unordered_map<uint64_t, uint32_t> observed_;  // text hash -> times observed, not yet extracted
};

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_EXTRACTOR_H_
