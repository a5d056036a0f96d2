#include "dedup/duplicate_index.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <optional>
#include <utility>

#include "common/hash.h"
#include "dedup/shingle.h"
#include "text/normalize.h"

namespace storyline {
namespace {

constexpr int32_t kUnknownDate = std::numeric_limits<int32_t>::max();

// "2020-07-08" (optionally followed by a time) -> 20200708; anything else is unknown.
int32_t ParseIsoDate(const std::string& value) {
  if (value.size() < 10 || value[4] != '-' || value[7] != '-') return kUnknownDate;
  int32_t out = 0;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (value[i] < '0' || value[i] > '9') return kUnknownDate;
    out = out * 10 + (value[i] - '0');
  }
  return out;
}

uint32_t NameHash(const std::string& name) {
  std::string normalized = NormalizeForHash(name);
  if (normalized.empty()) return 0;
  auto h = static_cast<uint32_t>(Hash64(normalized) >> 32);
  return h == 0 ? 1 : h;
}

int KindRank(DuplicateKind kind) {
  switch (kind) {
    case DuplicateKind::kExact: return 3;
    case DuplicateKind::kNear: return 2;
    case DuplicateKind::kContained: return 2;
    case DuplicateKind::kNone: return 0;
  }
  return 0;
}

}  // namespace

DuplicateIndex::Publication DuplicateIndex::PublicationOf(const Article& article) {
  Publication p;
  p.date = ParseIsoDate(article.published.value);
  p.outlet = NameHash(article.outlet);
  for (size_t i = 0; i < article.credits.size() && i < 2; ++i) p.credits[i] = NameHash(article.credits[i]);
  return p;
}

DuplicateIndex::DuplicateIndex(DedupOptions options, const TextLookup* texts)
    : options_(std::move(options)), texts_(texts), table_(options_.max_per_band_key) {
  auto& o = options_;
  o.minhash.num_bins = std::max(1, o.minhash.num_bins);
  o.rows = std::max(2, o.rows);
  o.bands = std::clamp(o.bands, 0, o.minhash.num_bins / o.rows);
  o.window_articles = std::max<size_t>(1, o.window_articles);
  table_.SetMaxEntries(o.window_articles * (o.bands + 1));
}

const dedup::BinValue* DuplicateIndex::Signature(uint32_t slot) const {
  return signatures_.data() + static_cast<size_t>(slot) * options_.minhash.num_bins;
}

uint64_t DuplicateIndex::SeqOf(uint32_t slot) const {
  const uint64_t w = options_.window_articles, oldest = next_seq_ - live_;
  return oldest + (slot + w - oldest % w) % w;
}

// One key per LSH band (the band's rows of 16-bit values, mixed with the band
// number), plus one for the content hash when it is known.
void DuplicateIndex::BandKeys(const dedup::BinValue* sig, uint64_t content_hash,
                              std::vector<uint32_t>* keys) const {
  keys->clear();
  auto finish = [](uint64_t h) {
    auto key = static_cast<uint32_t>(dedup::Mix64(h) >> 32);
    return key == 0 ? 1u : key;
  };
  for (int b = 0; b < options_.bands; ++b) {
    uint64_t h = (static_cast<uint64_t>(b) + 1) * 0x9E3779B97F4A7C15ULL;
    for (int r = 0; r < options_.rows; ++r) h = (h ^ sig[b * options_.rows + r]) * 0x100000001b3ULL;
    keys->push_back(finish(h));
  }
  if (content_hash != 0) keys->push_back(finish(content_hash ^ 0x5bd1e9955bd1e995ULL));
}

DuplicateIndex::Estimate DuplicateIndex::Estimated(uint32_t slot, const dedup::BinValue* sig,
                                                   uint32_t shingles) const {
  uint32_t small = std::min(shingles, shingles_[slot]), large = std::max(shingles, shingles_[slot]);
  double j = dedup::EstimateJaccard(sig, Signature(slot), options_.minhash.num_bins);
  return Estimate{slot, j, dedup::EstimateContainment(j, small, large), static_cast<double>(small) / large};
}

// The decision on estimates alone (see DedupOptions: the unverified thresholds).
DuplicateIndex::Match DuplicateIndex::Classify(uint32_t slot, const dedup::BinValue* sig,
                                               uint32_t shingles, uint64_t hash) const {
  Match m;
  m.slot = slot;
  if (hash != 0 && hashes_[slot] == hash) {
    m.kind = DuplicateKind::kExact;
    m.similarity = 1.0;
    return m;
  }
  const auto& o = options_;
  Estimate e = Estimated(slot, sig, shingles);
  bool shorter = e.ratio <= o.contained_max_ratio && e.ratio >= o.unverified_min_ratio;
  if (shorter && std::min(shingles, shingles_[slot]) >= o.min_contained_shingles &&
      e.containment >= o.unverified_containment) {
    m.kind = DuplicateKind::kContained;
    m.similarity = e.containment;
  } else if (e.jaccard >= std::min(o.unverified_jaccard, o.confident_jaccard)) {
    m.kind = DuplicateKind::kNear;
    m.similarity = e.jaccard;
  }
  return m;
}

// The decision on exact values.
DuplicateIndex::Match DuplicateIndex::Decide(uint32_t slot, const dedup::Similarity& exact) const {
  Match m;
  m.slot = slot;
  const auto& o = options_;
  bool shorter = exact.smaller <= o.contained_max_ratio * exact.larger;
  if (shorter && exact.smaller >= o.min_contained_shingles && exact.containment >= o.containment) {
    m.kind = DuplicateKind::kContained;
    m.similarity = exact.containment;
  } else if (exact.jaccard >= o.near_jaccard) {
    m.kind = DuplicateKind::kNear;
    m.similarity = exact.jaccard;
  }
  return m;
}

void DuplicateIndex::FindCandidates(const dedup::BinValue* sig, uint64_t hash) {
  BandKeys(sig, hash, &keys_);
  candidates_.clear();
  for (uint32_t key : keys_) table_.Find(key, &candidates_);
  std::sort(candidates_.begin(), candidates_.end());
  candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
  if (candidates_.size() > options_.max_candidates) candidates_.resize(options_.max_candidates);
  stats_.candidates += candidates_.size();
}

// Every accepted match, best first, one per duplicate group. Exact
// duplicates and confident near-duplicates are settled on the signatures;
// the rest are verified on their texts (VerifyScreened), or decided by the
// stricter estimate rules when there are no texts to read.
std::vector<DuplicateIndex::Match> DuplicateIndex::FindMatches(const Article& article, const dedup::BinValue* sig,
                                                               uint32_t shingles) {
  FindCandidates(sig, article.content_hash);
  std::vector<Match> accepted;
  for (uint32_t slot : candidates_) {
    Match m = Classify(slot, sig, shingles, article.content_hash);
    bool confident = m.kind == DuplicateKind::kExact ||
                     (m.kind == DuplicateKind::kNear && m.similarity >= options_.confident_jaccard);
    if (confident || (texts_ == nullptr && m.kind != DuplicateKind::kNone)) accepted.push_back(m);
  }
  if (texts_ != nullptr) VerifyScreened(article, sig, shingles, &accepted);
  std::sort(accepted.begin(), accepted.end(), [](const Match& a, const Match& b) {
    int ra = KindRank(a.kind), rb = KindRank(b.kind);
    return ra != rb ? ra > rb : a.similarity > b.similarity;
  });
  std::vector<Match> best_per_group;
  std::vector<uint64_t> seen;  // group keys, or ~slot for an article in no group yet
  for (const Match& m : accepted) {
    uint64_t key = groups_[m.slot] != 0 ? groups_[m.slot] : ~static_cast<uint64_t>(m.slot);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    best_per_group.push_back(m);
  }
  return best_per_group;
}

// Reads the texts of the screened candidates, best estimates first, and
// accepts those the exact check confirms. A candidate whose group already
// matched is skipped (it would change nothing); a candidate whose text the
// lookup lacks is decided by the estimate rules.
void DuplicateIndex::VerifyScreened(const Article& article, const dedup::BinValue* sig, uint32_t shingles,
                                    std::vector<Match>* accepted) {
  auto matched = [&](uint32_t slot) {
    return std::any_of(accepted->begin(), accepted->end(), [&](const Match& m) {
      return m.slot == slot || (groups_[slot] != 0 && groups_[m.slot] == groups_[slot]);
    });
  };
  std::vector<Estimate> screened;
  for (uint32_t slot : candidates_) {
    Estimate e = Estimated(slot, sig, shingles);
    if (e.jaccard >= options_.screen_jaccard || e.containment >= options_.screen_containment) screened.push_back(e);
  }
  std::sort(screened.begin(), screened.end(), [](const Estimate& a, const Estimate& b) {
    return std::max(a.jaccard, a.containment) > std::max(b.jaccard, b.containment);
  });
  std::optional<dedup::ExactComparer> comparer;
  size_t read = 0;
  for (const Estimate& e : screened) {
    if (read >= options_.max_verified) break;
    if (matched(e.slot)) continue;
    std::optional<std::string_view> text = texts_->Text(ids_[e.slot]);
    Match m;
    if (text) {
      if (!comparer) comparer.emplace(article.text, options_.minhash.shingle_words);
      m = Decide(e.slot, comparer->Compare(*text));
      ++read;
      ++stats_.verified;
    } else {
      m = Classify(e.slot, sig, shingles, 0);
    }
    if (m.kind != DuplicateKind::kNone) accepted->push_back(m);
  }
}

uint32_t DuplicateIndex::Insert(const Article& article, const dedup::BinValue* sig, uint32_t shingles) {
  const size_t bins = options_.minhash.num_bins;
  auto slot = static_cast<uint32_t>(next_seq_ % options_.window_articles);
  if (slot == ids_.size()) {
    if (slot == ids_.capacity()) Reserve(std::min(options_.window_articles, 2 * ids_.size() + 16));
    ids_.emplace_back();
    hashes_.push_back(0);
    pubs_.emplace_back();
    shingles_.push_back(0);
    groups_.push_back(0);
    signatures_.resize(signatures_.size() + bins);
  }
  ids_[slot] = article.id;
  hashes_[slot] = article.content_hash;
  pubs_[slot] = PublicationOf(article);
  shingles_[slot] = shingles;
  groups_[slot] = 0;
  std::copy(sig, sig + bins, signatures_.begin() + slot * bins);
  BandKeys(sig, article.content_hash, &keys_);
  for (uint32_t key : keys_) table_.Insert(key, slot);
  ++next_seq_;
  ++live_;
  return slot;
}

// Grows the per-slot arrays to `n` slots exactly (never past the window).
void DuplicateIndex::Reserve(size_t n) {
  ids_.reserve(n);
  hashes_.reserve(n);
  pubs_.reserve(n);
  shingles_.reserve(n);
  groups_.reserve(n);
  signatures_.reserve(n * options_.minhash.num_bins);
}

void DuplicateIndex::EvictOldest() {
  auto slot = static_cast<uint32_t>((next_seq_ - live_) % options_.window_articles);
  BandKeys(Signature(slot), hashes_[slot], &keys_);
  for (uint32_t key : keys_) table_.Erase(key, slot);
  if (groups_[slot] != 0) {
    auto it = groups_by_key_.find(groups_[slot]);
    if (it != groups_by_key_.end() && --it->second.live == 0) groups_by_key_.erase(it);
    groups_[slot] = 0;
  }
  --live_;
  ++stats_.evicted;
}

std::vector<DuplicateLink> DuplicateIndex::Add(const Article& article) {
  new_signature_.resize(options_.minhash.num_bins);
  uint32_t shingles = dedup::ComputeSignature(article.text, options_.minhash, new_signature_.data(),
                                              &minhash_scratch_);
  return AddSigned(article, new_signature_.data(), shingles);
}

std::vector<DuplicateLink> DuplicateIndex::Add(const Article& article, const DedupSignature& signature) {
  assert(signature.bins.size() == static_cast<size_t>(options_.minhash.num_bins));
  return AddSigned(article, signature.bins.data(), signature.shingles);
}

DedupSignature DuplicateIndex::Sign(const Article& article) const {
  DedupSignature out;
  out.bins.resize(options_.minhash.num_bins);
  std::vector<uint64_t> scratch;
  out.shingles = dedup::ComputeSignature(article.text, options_.minhash, out.bins.data(), &scratch);
  return out;
}

std::vector<DuplicateLink> DuplicateIndex::AddSigned(const Article& article, const dedup::BinValue* sig,
                                                     uint32_t shingles) {
  ++stats_.added;
  if (shingles == 0) return {};
  if (live_ == options_.window_articles) EvictOldest();
  std::vector<Match> matches = FindMatches(article, sig, shingles);
  uint32_t slot = Insert(article, sig, shingles);
  if (matches.empty()) return {};
  return JoinGroups(slot, matches);
}

}  // namespace storyline
