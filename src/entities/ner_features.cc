#include "entities/ner_features.h"

#include <unicode/uchar.h>

#include "common/hash.h"
#include "common/utf8.h"

namespace storyline {
namespace {

// Values for positions outside the sentence.
constexpr uint64_t kBefore = 0x5354415254ULL;  // "START"
constexpr uint64_t kAfter = 0x454E44ULL;       // "END"

enum Template : uint64_t {
  kBias = 1, kLower, kRaw, kShape, kShortShape, kPrefix3, kSuffix2, kSuffix3, kSuffix4,
  kPrev1, kNext1, kPrev2, kNext2, kPrevShape, kNextShape, kPrevWordPair, kNextWordPair,
  kShapeTrigram, kFirstShape, kGazPhrase, kGazToken, kPrevGaz, kNextGaz, kPrevWordShape, kPrevGazToken,
  kNextGazToken, kDocHint, kDocHintShape,
};

char ShapeClass(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return 'X';
    if (cp >= 'a' && cp <= 'z') return 'x';
    if (cp >= '0' && cp <= '9') return 'd';
    return static_cast<char>(cp);
  }
  UChar32 c = static_cast<UChar32>(cp);
  if (u_isupper(c) || u_istitle(c)) return 'X';
  if (u_isalpha(c)) return 'x';
  if (u_isdigit(c)) return 'd';
  return '*';
}

uint64_t Affix(std::string_view s, size_t n, bool prefix) {
  if (s.size() <= n) return Hash64(s, n * 2 + prefix);
  return Hash64(prefix ? s.substr(0, n) : s.substr(s.size() - n), n * 2 + prefix);
}

uint64_t Pair(uint64_t a, uint64_t b) { return a * 0x100000001B3ULL ^ (b + 0x7F4A7C15ULL); }

}  // namespace

void WordShape(std::string_view raw, std::string* shape, std::string* short_shape) {
  shape->clear();
  short_shape->clear();
  for (size_t pos = 0; pos < raw.size();) {
    char c = ShapeClass(DecodeUtf8(raw, &pos));
    if (shape->size() < 8) shape->push_back(c);
    if (short_shape->empty() || short_shape->back() != c) short_shape->push_back(c);
  }
}

void NerFeaturizer::Prepare(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                            PreparedSentence* out) const {
  size_t n = raw.size();
  out->tokens.resize(n);
  out->gaz_hashes.resize(n);
  out->capitalized.resize(n);
  std::string shape, short_shape;
  for (size_t i = 0; i < n; ++i) {
    NerTokenInfo& t = out->tokens[i];
    WordShape(raw[i], &shape, &short_shape);
    t.lower = Hash64(folded[i], 1);
    t.raw = Hash64(raw[i], 2);
    t.shape = Hash64(shape, 3);
    t.short_shape = Hash64(short_shape, 4);
    t.prefix3 = Affix(folded[i], 3, true);
    t.suffix2 = Affix(folded[i], 2, false);
    t.suffix3 = Affix(folded[i], 3, false);
    t.suffix4 = Affix(folded[i], 4, false);
    t.capitalized = !shape.empty() && shape[0] == 'X';
    out->gaz_hashes[i] = GazetteerTokenHash(folded[i]);
    out->capitalized[i] = t.capitalized;
  }
  out->hints.clear();
  gazetteer_->Match(out->gaz_hashes, out->capitalized, &out->matches);
  for (size_t i = 0; i < n; ++i) out->tokens[i].gaz = out->matches[i];
}

void NerFeaturizer::Extract(const PreparedSentence& s, size_t i, std::vector<uint32_t>* rows,
                            bool use_gazetteer) const {
  const size_t n = s.tokens.size();
  const NerTokenInfo& t = s.tokens[i];
  auto lower_at = [&](long j) { return j < 0 ? kBefore : j >= static_cast<long>(n) ? kAfter : s.tokens[j].lower; };
  auto shape_at = [&](long j) {
    return j < 0 ? kBefore : j >= static_cast<long>(n) ? kAfter : s.tokens[j].short_shape;
  };
  // Without the gazetteer, the kinds learned from the training text itself stay.
  const uint8_t mask = use_gazetteer ? 0xFF : (kGazCommonWord | kGazTitle | kGazDemonym);
  auto gaz_at = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(n) ? 0 : s.tokens[j].gaz.phrase_kinds & mask;
  };
  auto gaz_token_at = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(n) ? 0 : s.tokens[j].gaz.token_kinds & mask;
  };
  long k = static_cast<long>(i);
  uint64_t prev = lower_at(k - 1), next = lower_at(k + 1);
  const uint64_t values[][2] = {
      {kBias, 0}, {kLower, t.lower}, {kRaw, t.raw}, {kShape, t.shape}, {kShortShape, t.short_shape},
      {kPrefix3, t.prefix3}, {kSuffix2, t.suffix2}, {kSuffix3, t.suffix3}, {kSuffix4, t.suffix4},
      {kPrev1, prev}, {kNext1, next}, {kPrev2, lower_at(k - 2)}, {kNext2, lower_at(k + 2)},
      {kPrevShape, shape_at(k - 1)}, {kNextShape, shape_at(k + 1)},
      {kPrevWordPair, Pair(prev, t.lower)}, {kNextWordPair, Pair(t.lower, next)},
      {kShapeTrigram, Pair(Pair(shape_at(k - 1), t.short_shape), shape_at(k + 1))},
      {kFirstShape, Pair(i == 0, t.shape)}, {kPrevGaz, gaz_at(k - 1)}, {kNextGaz, gaz_at(k + 1)},
      {kPrevWordShape, Pair(prev, t.short_shape)}, {kPrevGazToken, gaz_token_at(k - 1)},
      {kNextGazToken, gaz_token_at(k + 1)},
  };
  for (const auto& [id, value] : values) rows->push_back(Row(id, value));
  AppendHintRows(s, i, rows);
  for (int bit = 0; bit < kNumGazetteerKinds; ++bit) {
    if (t.gaz.phrase_kinds & mask & (1u << bit)) rows->push_back(Row(kGazPhrase, bit * 4 + t.gaz.position));
    if (t.gaz.token_kinds & mask & (1u << bit)) rows->push_back(Row(kGazToken, bit));
  }
}

void NerFeaturizer::AppendHintRows(const PreparedSentence& s, size_t i, std::vector<uint32_t>* rows) const {
  if (s.hints.empty() || s.hints[i] == 0) return;
  rows->push_back(Row(kDocHint, s.hints[i]));
  rows->push_back(Row(kDocHintShape, Pair(s.hints[i], Pair(i == 0, s.tokens[i].short_shape))));
}

}  // namespace storyline
