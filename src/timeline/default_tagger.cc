#include "timeline/default_tagger.h"

#include "dates/date_tagger.h"

namespace storyline {

DateTaggerFn DefaultDateTagger() {
  return [](std::string_view text, std::string_view anchor) {
    DateTaggerOptions options;
    options.durations = false;
    options.sets = false;
    options.references = false;
    return TagDates(text, anchor, options);
  };
}

}  // namespace storyline
