#include "entities/gazetteer.h"

#include <algorithm>
#include <cstring>

#include "entities/ner_io.h"

#include "common/hash.h"
#include "text/tokenize.h"

namespace storyline {

uint64_t GazetteerTokenHash(std::string_view folded) { return Hash64(folded, 0x6A7E); }

void Gazetteer::Add(const std::vector<std::string>& folded_tokens, uint8_t kinds) {
  if (folded_tokens.empty() || kinds == 0) return;
  uint64_t h = 0;
  for (const std::string& t : folded_tokens) h = GazetteerExtend(h, GazetteerTokenHash(t));
  entries_.Merge(h, kinds);
  max_tokens_ = std::max<uint32_t>(max_tokens_, static_cast<uint32_t>(folded_tokens.size()));
}

void Gazetteer::AddText(std::string_view text, uint8_t kinds) {
  std::vector<std::string> tokens;
  for (Token& t : Tokenize(text)) tokens.push_back(std::move(t.norm));
  Add(tokens, kinds);
}

uint8_t Gazetteer::Lookup(const uint64_t* token_hashes, size_t n) const {
  uint64_t h = 0;
  for (size_t i = 0; i < n; ++i) h = GazetteerExtend(h, token_hashes[i]);
  return entries_.Find(h);
}

size_t Gazetteer::CountKind(GazetteerKind kind) const {
  size_t count = 0;
  entries_.ForEach([&](uint64_t, uint8_t kinds) { count += (kinds & kind) != 0; });
  return count;
}

void Gazetteer::Match(const std::vector<uint64_t>& token_hashes, const std::vector<bool>& capitalized,
                      std::vector<GazetteerMatch>* out) const {
  size_t n = token_hashes.size();
  out->assign(n, GazetteerMatch{});
  for (size_t i = 0; i < n; ++i) {
    if (!capitalized[i]) continue;
    uint64_t h = 0;
    size_t best_len = 0;
    uint8_t best_kinds = 0;
    for (size_t len = 1; len <= max_tokens_ && i + len <= n; ++len) {
      h = GazetteerExtend(h, token_hashes[i + len - 1]);
      uint8_t kinds = entries_.Find(h);
      if (kinds == 0) continue;
      if (len == 1) (*out)[i].token_kinds = kinds;
      best_len = len;
      best_kinds = kinds;
    }
    if (best_len == 0 || (*out)[i].position == 2) continue;  // inside an earlier, longer phrase
    for (size_t k = 0; k < best_len; ++k) {
      GazetteerMatch& m = (*out)[i + k];
      if (k > 0 && m.position != 0) break;
      m.phrase_kinds = best_kinds;
      m.position = best_len == 1 ? 3 : (k == 0 ? 1 : 2);
    }
  }
}

void Gazetteer::AppendTo(std::string* out) const {
  std::vector<std::pair<uint64_t, uint8_t>> sorted;
  sorted.reserve(entries_.size());
  entries_.ForEach([&](uint64_t hash, uint8_t kinds) { sorted.emplace_back(hash, kinds); });
  std::sort(sorted.begin(), sorted.end());
  PutPod<uint32_t>(out, static_cast<uint32_t>(sorted.size()));
  PutPod<uint32_t>(out, max_tokens_);
  for (const auto& [hash, kinds] : sorted) {
    PutPod(out, hash);
    PutPod(out, kinds);
  }
}

Result<Gazetteer> Gazetteer::Parse(std::string_view* data) {
  Gazetteer g;
  uint32_t count = 0;
  if (!GetPod(data, &count) || !GetPod(data, &g.max_tokens_) || g.max_tokens_ > 64 ||
      data->size() < static_cast<size_t>(count) * 9) {
    return Status::Corruption("truncated gazetteer");
  }
  g.entries_.Reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    uint64_t hash = 0;
    uint8_t kinds = 0;
    GetPod(data, &hash);
    GetPod(data, &kinds);
    if (kinds != 0) g.entries_.Merge(hash, kinds);
  }
  return g;
}

}  // namespace storyline
