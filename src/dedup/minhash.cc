#include "dedup/minhash.h"

#include <algorithm>
#include <limits>

#include "dedup/shingle.h"

namespace storyline::dedup {
namespace {

constexpr uint64_t kEmpty = std::numeric_limits<uint64_t>::max();

// Fills each empty bin from the next non-empty bin to its right (cyclically),
// mixed with the distance so borrowed values differ from the lender's own.
void Densify(const std::vector<uint64_t>& mins, int num_bins, BinValue* out) {
  for (int j = 0; j < num_bins; ++j) {
    if (mins[j] != kEmpty) { out[j] = static_cast<BinValue>(mins[j]); continue; }
    for (int d = 1; d < num_bins; ++d) {
      uint64_t lender = mins[(j + d) % num_bins];
      if (lender == kEmpty) continue;
      out[j] = static_cast<BinValue>(Mix64(lender + static_cast<uint64_t>(d) * 0x9E3779B97F4A7C15ULL));
      break;
    }
  }
}

}  // namespace

uint32_t ComputeSignature(std::string_view text, const MinHashOptions& options, BinValue* out,
                          std::vector<uint64_t>* scratch) {
  const int bins = std::max(1, options.num_bins);
  scratch->assign(bins, kEmpty);
  uint64_t* mins = scratch->data();
  uint32_t count = ForEachShingle(text, options.shingle_words, [&](uint64_t s) {
    auto bin = static_cast<size_t>((static_cast<unsigned __int128>(s) * bins) >> 64);
    mins[bin] = std::min(mins[bin], s);
  });
  if (count == 0) {
    std::fill(out, out + bins, BinValue{0});
    return 0;
  }
  Densify(*scratch, bins, out);
  return count;
}

double EstimateJaccard(const BinValue* a, const BinValue* b, int num_bins) {
  if (num_bins <= 0) return 0.0;
  int equal = 0;
  for (int i = 0; i < num_bins; ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / num_bins;
}

double EstimateContainment(double jaccard, uint32_t size_a, uint32_t size_b) {
  if (size_a == 0) return 0.0;
  double common = jaccard * (static_cast<double>(size_a) + size_b) / (1.0 + jaccard);
  return std::clamp(common / size_a, 0.0, 1.0);
}

}  // namespace storyline::dedup
