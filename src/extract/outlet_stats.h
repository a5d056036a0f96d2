// How many of an outlet's articles contain each line: the evidence for page
// furniture that an outlet repeats on every page ("Views expressed in the
// comments do not represent those of Reuters.").
//
// Memory is bounded: at most `max_lines_per_outlet` line hashes per outlet (when
// full, lines seen in only one article are forgotten first) and at most
// `max_outlets` outlets (the least recently updated one is forgotten). Each entry
// costs about 40 bytes, so the defaults cap the table near 16384 * 256 * 40 B
// = 160 MiB in the worst case; typical use is far smaller.
// Thread-safety: none; one per Extractor.
#ifndef STORYLINE_EXTRACT_OUTLET_STATS_H_
#define STORYLINE_EXTRACT_OUTLET_STATS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace storyline {

struct OutletStatsOptions {
  size_t max_lines_per_outlet = 16384;
  size_t max_outlets = 256;
};

class OutletLineStats {
 public:
  explicit OutletLineStats(OutletStatsOptions options = {}) : options_(options) {}

  // Counts each distinct hash of one article once for `outlet` ("" is ignored).
  void AddArticle(const std::string& outlet, std::vector<uint64_t> line_hashes);
  // Articles of `outlet` seen so far that contained the line.
  uint32_t Count(const std::string& outlet, uint64_t line_hash) const;
  size_t articles(const std::string& outlet) const;

 private:
  struct Outlet {
    std::unordered_map<uint64_t, uint32_t> counts;
    size_t articles = 0;
    uint64_t last_update = 0;
  };
  void Prune(Outlet* outlet);
  void ForgetOldestOutlet();

  OutletStatsOptions options_;
  std::unordered_map<std::string, Outlet> outlets_;
  uint64_t clock_ = 0;
};

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_OUTLET_STATS_H_
