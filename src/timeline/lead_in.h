// Page furniture glued to the front of a sentence: a wire dateline
// ("CAIRO (Reuters) - ", "Cairo , Egypt -LRB- CNN -RRB- -- ") or a page
// timestamp that pulled the headline in with it ("... Sunday 9 January 2005
// 00.46 GMT It will be ...", "Page last updated at 08:14 GMT , Tuesday ,
// 8 November 2011 Propofol is ..."). A timeline quotes what happened, not
// the page, so the sentence is cut to start after such a lead-in.
#ifndef STORYLINE_TIMELINE_LEAD_IN_H_
#define STORYLINE_TIMELINE_LEAD_IN_H_

#include <cstddef>
#include <string_view>

namespace storyline {

// Bytes of `sentence` that form a lead-in (0 when none); what follows starts
// at a non-space character and is not empty.
size_t LeadInLength(std::string_view sentence);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_LEAD_IN_H_
