// DuplicateIndex: online detection of exact duplicates, near-duplicates and
// cut-down copies over a bounded window of recent articles, with provenance
// (who published first).
//
// How a new article is checked (Add):
//  1. its MinHash signature (minhash.h: word 3-gram shingles, 128 bins);
//  2. candidates: earlier articles with the same content hash, or sharing at
//     least one LSH band (`bands` bands of `rows` bins; with 32 x 2 a pair at
//     Jaccard 0.3 becomes a candidate with probability 0.95);
//  3. verification: equal content hash = kExact; an estimated Jaccard of at
//     least `confident_jaccard` = kNear. Other candidates whose estimates pass
//     a loose screen are checked exactly on their texts when a TextLookup is
//     given (verify.h: real Jaccard and containment of word 3-grams): a text
//     at most 3/4 the size of the other and at least `containment` inside it
//     = kContained (a cut-down copy), else Jaccard >= `near_jaccard` = kNear.
//     Without texts the same rules apply to the estimates, with stricter
//     thresholds. Two independent reports of one press conference share a
//     quotation, a few percent of their shingles: far below every threshold;
//  4. the article joins the group of its best match (exact first, then the
//     highest similarity); the groups of its other matches merge into it
//     (two copies of one story that did not match each other meet through
//     their original). The group's original is its earliest publisher: ISO
//     dates compared, an unknown date counting as later than any known one;
//     on equal dates an article whose credits name the other's outlet
//     ("Based on materials from TASS") comes after it; then arrival order.
//
// Memory: per indexed article, 128 x 2 bytes of signature, (bands + 1) table
// entries of 8 bytes at load 0.4-0.6, and its id; MemoryBytes() reports it.
// The window holds the `window_articles` most recent arrivals; older ones are
// evicted (their table entries erased), so memory stays bounded however long
// the stream. Groups are remembered while any member is in the window.
//
// Passages: Add() leaves DuplicateLink::passages empty, because the index
// keeps no text; the caller fills them with AlignPassages() (align.h) from
// the two stored texts.
#ifndef STORYLINE_DEDUP_DUPLICATE_INDEX_H_
#define STORYLINE_DEDUP_DUPLICATE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dedup/align.h"
#include "dedup/band_table.h"
#include "dedup/minhash.h"
#include "dedup/text_lookup.h"
#include "dedup/verify.h"
#include "storyline/article.h"
#include "storyline/model.h"

namespace storyline {

struct DedupOptions {
  dedup::MinHashOptions minhash;  // word 3-grams, 128 bins
  int bands = 32;                 // LSH bands; bands * rows <= minhash.num_bins
  int rows = 2;                   // bins per band; >= 2 (a band key is 16 bits a row)

  // Decisions on exact values (a TextLookup verifies the pair):
  double near_jaccard = 0.2;         // Jaccard at or above which a pair is kNear
  double containment = 0.7;          // containment of the shorter text for kContained
  double contained_max_ratio = 0.75;  // kContained needs shorter <= this x longer (in shingles)
  uint32_t min_contained_shingles = 20;  // and the shorter text this many shingles

  // Decisions on MinHash estimates alone (no TextLookup, or a text it lacks).
  // Stricter, because the estimates are noisy (standard error about 0.04 at
  // J = 0.3), and the containment estimate, derived from Jaccard and the two
  // sizes, multiplies that noise by longer/shorter.
  double confident_jaccard = 0.4;       // estimated Jaccard taken as kNear without verification
  double unverified_jaccard = 0.25;     // kNear threshold when nothing can be verified
  double unverified_containment = 0.85;  // kContained threshold when nothing can be verified
  double unverified_min_ratio = 0.2;     // and shorter/longer at least this

  // Which candidates are verified against their text (when a TextLookup is given).
  double screen_jaccard = 0.1;      // estimated Jaccard at or above this, or
  double screen_containment = 0.5;  // estimated containment at or above this
  size_t max_verified = 8;          // texts read per article, at most (best estimates first)

  size_t window_articles = 100000;  // articles kept in the index (the oldest are evicted)
  uint32_t max_per_band_key = 64;   // cap on articles per LSH bucket (see band_table.h)
  size_t max_candidates = 256;      // candidates estimated per article, at most
};

// Work counters, for tuning and reports.
struct DedupStats {
  uint64_t added = 0;       // articles given to Add()
  uint64_t candidates = 0;  // candidates estimated (LSH hits, distinct per article)
  uint64_t verified = 0;    // candidate texts read and compared exactly
  uint64_t evicted = 0;     // articles that left the window
};

// What Add() computes of an article's text alone: its MinHash signature and
// number of shingles (0 = no words).
struct DedupSignature {
  std::vector<dedup::BinValue> bins;
  uint32_t shingles = 0;
};

// Online duplicate detection over a bounded window of recent articles. Not
// thread-safe, except Sign().
class DuplicateIndex {
 public:
  // `texts` (optional, not owned, must outlive the index) gives the texts of
  // indexed articles for exact verification of borderline candidates.
  explicit DuplicateIndex(DedupOptions options = {}, const TextLookup* texts = nullptr);

  // Checks `article` (uses article.id, article.text, article.content_hash,
  // article.published.value (ISO date or "" unknown), article.outlet and
  // article.credits) against the window, then
  // indexes it. Returns the links to store: for the new article if it
  // duplicates an earlier-published one (original = the group's earliest
  // publisher; ties broken by arrival order), and also updated links for the
  // windowed members of its group when the new article turns out to be the
  // group's earlier publisher. Empty = not a duplicate (or no words to index).
  std::vector<DuplicateLink> Add(const Article& article);
  // The same, with the article's signature computed already by Sign(): the
  // pure part of the work, which callers may do in parallel, ahead of the
  // in-order Add. `signature` must be Sign(article) of an index with the
  // same options.
  std::vector<DuplicateLink> Add(const Article& article, const DedupSignature& signature);
  // Pure and thread-safe (reads only the options).
  DedupSignature Sign(const Article& article) const;

  size_t size() const { return live_; }  // indexed articles
  size_t MemoryBytes() const;            // approximate heap bytes of the index
  const DedupStats& stats() const { return stats_; }

 private:
  // What provenance compares: the date, then who credits whom.
  struct Publication {
    int32_t date = 0;         // yyyymmdd; unknown = the largest int32
    uint32_t outlet = 0;       // 32-bit hash of the normalized outlet name, 0 if unknown
    uint32_t credits[2] = {};  // the same for the first two credited sources, 0 if none
  };
  struct Group {
    std::string original;      // id of the earliest publisher (may have left the window)
    Publication original_pub;
    uint64_t original_seq;     // arrival number of the original
    std::vector<uint64_t> members;  // arrival numbers (stale ones skipped lazily)
    uint32_t live = 0;              // members still in the window
  };
  struct Match {
    uint32_t slot = 0;
    DuplicateKind kind = DuplicateKind::kNone;
    double similarity = 0.0;
  };

  static Publication PublicationOf(const Article& article);
  const dedup::BinValue* Signature(uint32_t slot) const;
  uint64_t SeqOf(uint32_t slot) const;  // arrival number of a live slot
  bool IsLive(uint64_t seq) const { return seq < next_seq_ && seq + live_ >= next_seq_; }
  void BandKeys(const dedup::BinValue* sig, uint64_t content_hash, std::vector<uint32_t>* keys) const;
  struct Estimate {
    uint32_t slot;
    double jaccard, containment, ratio;  // estimated; ratio = shorter / longer
  };
  Estimate Estimated(uint32_t slot, const dedup::BinValue* sig, uint32_t shingles) const;
  Match Classify(uint32_t slot, const dedup::BinValue* sig, uint32_t shingles, uint64_t hash) const;
  Match Decide(uint32_t slot, const dedup::Similarity& exact) const;
  void FindCandidates(const dedup::BinValue* sig, uint64_t hash);
  std::vector<Match> FindMatches(const Article& article, const dedup::BinValue* sig, uint32_t shingles);
  void VerifyScreened(const Article& article, const dedup::BinValue* sig, uint32_t shingles,
                      std::vector<Match>* accepted);
  uint32_t Insert(const Article& article, const dedup::BinValue* sig, uint32_t shingles);
  std::vector<DuplicateLink> AddSigned(const Article& article, const dedup::BinValue* sig, uint32_t shingles);
  void Reserve(size_t slots);
  void EvictOldest();

  // Provenance (duplicate_groups.cc).
  static bool PublishedBefore(const Publication& a, uint64_t seq_a, const Publication& b, uint64_t seq_b);
  uint64_t GroupKeyOf(uint32_t slot);  // creates a one-member group when needed
  void MergeGroups(uint64_t into, uint64_t from);
  std::vector<DuplicateLink> JoinGroups(uint32_t slot, const std::vector<Match>& matches);
  std::vector<DuplicateLink> RelinkGroup(uint64_t key, uint32_t new_slot, const Match& new_match,
                                         const std::vector<std::pair<uint32_t, std::string>>& before);
  DuplicateLink MakeLink(uint32_t copy, const Group& group, const Match& fallback) const;

  DedupOptions options_;
  const TextLookup* texts_;
  dedup::BandTable table_;
  std::vector<uint32_t> keys_;        // scratch: band keys of one article
  std::vector<uint32_t> candidates_;  // scratch
  std::vector<uint64_t> minhash_scratch_;
  std::vector<dedup::BinValue> new_signature_;  // scratch

  // Per slot (ring of window_articles slots; slot = arrival number % window).
  std::vector<dedup::BinValue> signatures_;
  std::vector<std::string> ids_;
  std::vector<uint64_t> hashes_;
  std::vector<Publication> pubs_;
  std::vector<uint32_t> shingles_;
  std::vector<uint64_t> groups_;  // key into groups_by_key_, 0 = none

  std::unordered_map<uint64_t, Group> groups_by_key_;
  DedupStats stats_;
  uint64_t next_seq_ = 0;  // arrival number of the next article
  uint64_t next_group_ = 1;
  size_t live_ = 0;
};

}  // namespace storyline

#endif  // STORYLINE_DEDUP_DUPLICATE_INDEX_H_
