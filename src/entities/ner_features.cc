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
  kNextGazToken, kDocHint, kDocHintShape, kClass, kCoarseClass, kPrevClass, kNextClass, kClassShape,
  kPrevNextClass, kPrev2Class, kNext2Class, kPrevClassWord, kLowerClass,
};
// Features every token has: of its form alone (bias, word, shape, affixes),
// and of its context; the rows Extract always writes.
constexpr size_t kTypeFeatures = 9;
constexpr size_t kContextFeatures = 15;

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

void NerFeaturizer::PrepareToken(std::string_view raw, std::string_view folded, NerTokenInfo* t) const {
  std::string shape, short_shape;
  WordShape(raw, &shape, &short_shape);
  t->lower = Hash64(folded, 1);
  t->raw = Hash64(raw, 2);
  t->shape = Hash64(shape, 3);
  t->short_shape = Hash64(short_shape, 4);
  t->prefix3 = Affix(folded, 3, true);
  t->suffix2 = Affix(folded, 2, false);
  t->suffix3 = Affix(folded, 3, false);
  t->suffix4 = Affix(folded, 4, false);
  t->capitalized = !shape.empty() && shape[0] == 'X';
  t->classes = clusters_->Lookup(raw);
  // "Shares" at a sentence start is the common word "shares"; "Japan" has
  // no lower-case class. Only for capitalized words (folded = lower case).
  // Other words keep the lower_class *t had: training reuses one
  // PreparedSentence, so a non-ASCII capital ("Ünal") sees a stale value
  // there, and the trained model depends on it; the tagger's are fresh (0).
  if (!raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z') t->lower_class = clusters_->Lookup(folded).fine;
  t->gaz_hash = GazetteerTokenHash(folded);
}

void NerFeaturizer::PrepareContext(PreparedSentence* out) const {
  size_t n = out->tokens.size();
  out->gaz_hashes.resize(n);
  out->capitalized.resize(n);
  for (size_t i = 0; i < n; ++i) {
    out->gaz_hashes[i] = out->tokens[i].gaz_hash;
    out->capitalized[i] = out->tokens[i].capitalized;
  }
  out->hints.clear();
  gazetteer_->Match(out->gaz_hashes, out->capitalized, &out->matches);
  for (size_t i = 0; i < n; ++i) out->tokens[i].gaz = out->matches[i];
}

void NerFeaturizer::Prepare(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                            PreparedSentence* out) const {
  out->tokens.resize(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) PrepareToken(raw[i], folded[i], &out->tokens[i]);
  out->type_ids.clear();
  PrepareContext(out);
}

void NerFeaturizer::WriteTypeRows(const NerTokenInfo& t, uint32_t* out) const {
  out[0] = Row(kBias, 0);
  out[1] = Row(kLower, t.lower);
  out[2] = Row(kRaw, t.raw);
  out[3] = Row(kShape, t.shape);
  out[4] = Row(kShortShape, t.short_shape);
  out[5] = Row(kPrefix3, t.prefix3);
  out[6] = Row(kSuffix2, t.suffix2);
  out[7] = Row(kSuffix3, t.suffix3);
  out[8] = Row(kSuffix4, t.suffix4);
}

void NerFeaturizer::WriteContextRows(const PreparedSentence& s, size_t i, uint8_t mask, uint32_t* out) const {
  const size_t n = s.tokens.size();
  const NerTokenInfo& t = s.tokens[i];
  auto lower_at = [&](long j) { return j < 0 ? kBefore : j >= static_cast<long>(n) ? kAfter : s.tokens[j].lower; };
  auto shape_at = [&](long j) {
    return j < 0 ? kBefore : j >= static_cast<long>(n) ? kAfter : s.tokens[j].short_shape;
  };
  auto gaz_at = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(n) ? 0 : s.tokens[j].gaz.phrase_kinds & mask;
  };
  auto gaz_token_at = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(n) ? 0 : s.tokens[j].gaz.token_kinds & mask;
  };
  long k = static_cast<long>(i);
  uint64_t prev = lower_at(k - 1), next = lower_at(k + 1);
  const uint64_t prev_shape = shape_at(k - 1), next_shape = shape_at(k + 1);
  out[0] = Row(kPrev1, prev);
  out[1] = Row(kNext1, next);
  out[2] = Row(kPrev2, lower_at(k - 2));
  out[3] = Row(kNext2, lower_at(k + 2));
  out[4] = Row(kPrevShape, prev_shape);
  out[5] = Row(kNextShape, next_shape);
  out[6] = Row(kPrevWordPair, Pair(prev, t.lower));
  out[7] = Row(kNextWordPair, Pair(t.lower, next));
  out[8] = Row(kShapeTrigram, Pair(Pair(prev_shape, t.short_shape), next_shape));
  out[9] = Row(kFirstShape, Pair(i == 0, t.shape));
  out[10] = Row(kPrevGaz, gaz_at(k - 1));
  out[11] = Row(kNextGaz, gaz_at(k + 1));
  out[12] = Row(kPrevWordShape, Pair(prev, t.short_shape));
  out[13] = Row(kPrevGazToken, gaz_token_at(k - 1));
  out[14] = Row(kNextGazToken, gaz_token_at(k + 1));
}

void NerFeaturizer::AppendGazetteerRows(const NerTokenInfo& t, uint8_t mask, std::vector<uint32_t>* rows) const {
  for (int bit = 0; bit < kNumGazetteerKinds; ++bit) {
    if (t.gaz.phrase_kinds & mask & (1u << bit)) rows->push_back(Row(kGazPhrase, bit * 4 + t.gaz.position));
    if (t.gaz.token_kinds & mask & (1u << bit)) rows->push_back(Row(kGazToken, bit));
  }
}

void NerFeaturizer::Extract(const PreparedSentence& s, size_t i, std::vector<uint32_t>* rows,
                            bool use_gazetteer) const {
  // Without the gazetteer, the kinds learned from the training text itself stay.
  const uint8_t mask = use_gazetteer ? 0xFF : (kGazCommonWord | kGazTitle | kGazDemonym | kGazNameLike);
  // Written straight into the output (no table of template/value pairs): this
  // runs for every token of every sentence. The order is the feature order of
  // every model so far.
  const size_t base = rows->size();
  rows->resize(base + kTypeFeatures + kContextFeatures);
  WriteTypeRows(s.tokens[i], rows->data() + base);
  WriteContextRows(s, i, mask, rows->data() + base + kTypeFeatures);
  AppendHintRows(s, i, rows);
  if (!clusters_->empty()) AppendClassRows(s, i, kBothParts, rows);
  AppendGazetteerRows(s.tokens[i], mask, rows);
}

void NerFeaturizer::AppendTypeRows(const PreparedSentence& s, size_t i, std::vector<uint32_t>* rows) const {
  const size_t base = rows->size();
  rows->resize(base + kTypeFeatures);
  WriteTypeRows(s.tokens[i], rows->data() + base);
  if (!clusters_->empty()) AppendClassRows(s, i, kTypePart, rows);
}

void NerFeaturizer::AppendContextRows(const PreparedSentence& s, size_t i, std::vector<uint32_t>* rows) const {
  const size_t base = rows->size();
  rows->resize(base + kContextFeatures);
  WriteContextRows(s, i, 0xFF, rows->data() + base);
  AppendHintRows(s, i, rows);
  if (!clusters_->empty()) AppendClassRows(s, i, kContextPart, rows);
  AppendGazetteerRows(s.tokens[i], 0xFF, rows);
}

void NerFeaturizer::AppendClassRows(const PreparedSentence& s, size_t i, Part part,
                                    std::vector<uint32_t>* rows) const {
  const size_t n = s.tokens.size();
  // Outside the sentence: class values no word has (classes are < 2^16).
  auto fine_at = [&](size_t j, bool before) -> uint64_t {
    if (before ? j == 0 : j + 1 >= n) return before ? 0x10000 : 0x10001;
    return s.tokens[before ? j - 1 : j + 1].classes.fine;
  };
  const NerTokenInfo& t = s.tokens[i];
  const bool own = part & kTypePart, context = part & kContextPart;
  uint64_t prev = fine_at(i, true), next = fine_at(i, false);
  if (own) rows->push_back(Row(kClass, t.classes.fine));
  if (own) rows->push_back(Row(kCoarseClass, t.classes.coarse));
  if (context) rows->push_back(Row(kPrevClass, prev));
  if (context) rows->push_back(Row(kNextClass, next));
  if (own) rows->push_back(Row(kClassShape, Pair(t.classes.fine, t.short_shape)));
  if (!context) return;
  rows->push_back(Row(kPrevNextClass, Pair(Pair(prev, t.classes.coarse), next)));
  rows->push_back(Row(kPrev2Class, i >= 2 ? s.tokens[i - 2].classes.fine : 0x10000));
  rows->push_back(Row(kNext2Class, i + 2 < n ? s.tokens[i + 2].classes.fine : 0x10001));
  rows->push_back(Row(kPrevClassWord, Pair(prev, t.lower)));
  if (t.capitalized) rows->push_back(Row(kLowerClass, Pair(t.lower_class, i == 0)));
}

void NerFeaturizer::AppendHintRows(const PreparedSentence& s, size_t i, std::vector<uint32_t>* rows) const {
  if (s.hints.empty() || s.hints[i] == 0) return;
  rows->push_back(Row(kDocHint, s.hints[i]));
  rows->push_back(Row(kDocHintShape, Pair(s.hints[i], Pair(i == 0, s.tokens[i].short_shape))));
}

}  // namespace storyline
