// Step 3 of timeline building: the sentences that may say what happened on a
// day. Two sources, as in DATEWISE (Gholipour Ghalandari & Ifrim 2020):
// sentences whose date expression names the day, and undated lead sentences
// of articles published that day or the day after. When both exist, only
// sentences close to what the two sources share (a centroid over the terms
// both use) are kept, cut at the knee of the sorted similarity curve; this
// drops mentions of the day in unrelated contexts ("since April 20 ...").
#ifndef STORYLINE_TIMELINE_DATE_CANDIDATES_H_
#define STORYLINE_TIMELINE_DATE_CANDIDATES_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "text/term_stats.h"
#include "timeline/dated_sentences.h"

namespace storyline {

struct CandidateOptions {
  // Undated sentences among the first `lead_sentences` of an article stand
  // for its publication day and the `publication_days - 1` days before it.
  size_t lead_sentences = 6;
  size_t publication_days = 2;
  // A sentence is tied to the first day it mentions only (see DateRankOptions).
  bool first_mention_only = true;
  // Keep only candidates above the knee of their similarity to what the two
  // sources share (when both exist); false keeps every candidate.
  bool knee_filter = true;
};

// Day number -> sentence indices, for both sources.
struct DayCandidateIndex {
  std::unordered_map<int32_t, std::vector<size_t>> mentioned;
  std::unordered_map<int32_t, std::vector<size_t>> published;
};

// Indexes the sentences with `active[i]` true.
DayCandidateIndex IndexCandidates(const std::vector<DatedSentence>& sentences,
                               const std::vector<bool>& active, const CandidateOptions& options);

// Candidate sentence indices for `day` (mentioning ones first), filtered as
// described above. `vectors[i]` is sentence i's unit TF-IDF vector.
std::vector<size_t> CandidatesForDay(int32_t day, const DayCandidateIndex& index,
                                     const std::vector<SparseVector>& vectors,
                                     const CandidateOptions& options);

// Index of the knee of a descending curve: the point farthest from the line
// joining its first and last points (0 for fewer than three points).
size_t KneePoint(const std::vector<double>& descending);

}  // namespace storyline

#endif  // STORYLINE_TIMELINE_DATE_CANDIDATES_H_
