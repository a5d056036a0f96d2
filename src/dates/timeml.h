// A reader for TimeML 1.2 documents (TempEval-3 TimeBank/AQUAINT .tml): the
// document creation time, the plain text of <TEXT> with tags removed and
// entities decoded, and the gold TIMEX3 annotations as byte spans into that
// text. A small careful scanner, not a general XML parser: TimeML files are
// flat, and this keeps offsets exact.
#ifndef STORYLINE_DATES_TIMEML_H_
#define STORYLINE_DATES_TIMEML_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/span.h"
#include "storyline/status.h"

namespace storyline::dates {

struct TimexAnnotation {
  Span span;  // bytes in TimeMLDocument::text
  std::string tid;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // TIMEX3 value
};

struct TimeMLDocument {
  std::string id;   // <DOCID>, "" if absent
  std::string dct;  // creation time value ("1998-01-08"), "" if absent
  std::string text; // <TEXT> content without markup
  std::vector<TimexAnnotation> timexes;  // inside <TEXT>, document order
};

// Parses one TimeML document. Timexes that are the creation time
// (functionInDocument="CREATION_TIME") are not listed. Unbalanced TIMEX3 tags
// or a missing <TEXT> element are Corruption errors.
Result<TimeMLDocument> ParseTimeML(std::string_view xml);

}  // namespace storyline::dates

#endif  // STORYLINE_DATES_TIMEML_H_
