// The Timeline17 (T17) timeline text format, as tilse reads and writes it:
//
//   2010-09-19
//   The ruptured well is finally sealed ...
//   --------------------------------
//
// a date line (YYYY-MM-DD), one sentence a line, then a line of exactly 32 '-'.
// Reading follows tilse's Timeline.from_file: lines are trimmed; a line that
// parses as a date (month and day may have one digit) sets the entry's date,
// any other line is a sentence; a separator closes the entry; a date that
// appears twice keeps its last entry; an entry with no date line, or text after
// the last separator, is an error here (tilse would crash or drop it).
#ifndef STORYLINE_TIMELINE_T17_FORMAT_H_
#define STORYLINE_TIMELINE_T17_FORMAT_H_

#include <string>

#include "storyline/status.h"
#include "timeline/tilse_metrics.h"

namespace storyline::timeline {

struct T17ReadOptions {
  // Apply the one correction tilse's data preparation makes to the published
  // T17 files (bin/get-and-preprocess-data runs `sed s/2011-04-0/2011-04-02/g`
  // on mj/bbc.co.uk.txt): the broken date line "2011-04-0" of the BBC Michael
  // Jackson timeline is read as 2011-04-02. Default true, so that scores match
  // tilse's; the line is an error when false.
  bool apply_tilse_fixes = true;
};

// Parses T17 text; `source` names it in error messages ("file.txt:12: ...").
Result<Timeline> ParseT17Timeline(const std::string& text, const std::string& source = "<text>",
                                  const T17ReadOptions& options = {});

// Reads and parses a T17 file from disk.
Result<Timeline> ReadT17Timeline(const std::string& path, const T17ReadOptions& options = {});

// The T17 text of `timeline`, dates in order; sentences are written one a line
// with line breaks replaced by spaces, so ParseT17Timeline reads it back.
std::string WriteT17Timeline(const Timeline& timeline);

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_T17_FORMAT_H_
