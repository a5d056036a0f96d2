#include "entities/entity_record.h"

#include <cstdint>

namespace storyline {
namespace {

// 2: the context is no longer part of the record (rebuilt from MergeSets).
// 3: nor is the article list (EntityArchive::LoadEntityArticles).
constexpr uint8_t kFormat = 3;

class Writer {
 public:
  explicit Writer(std::string* out) : out_(out) {}
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_->push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out_->push_back(static_cast<char>(v));
  }
  void String(std::string_view s) {
    Varint(s.size());
    out_->append(s);
  }
  void Strings(const std::vector<std::string>& list) {
    Varint(list.size());
    for (const std::string& s : list) String(s);
  }
  // Eight bytes, little-endian: keys are hashes, random bits that no
  // variable-length code shortens.
  void Fixed64(uint64_t v) {
    for (int b = 0; b < 8; ++b) out_->push_back(static_cast<char>(v >> (8 * b)));
  }

 private:
  std::string* out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return in_.empty(); }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (in_.empty()) break;
      uint8_t b = static_cast<uint8_t>(in_.front());
      in_.remove_prefix(1);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (b < 0x80) return v;
    }
    ok_ = false;
    return 0;
  }
  // A count of items each at least `min_bytes` long, checked against what is left.
  size_t Count(size_t min_bytes) {
    uint64_t n = Varint();
    if (n > in_.size() / min_bytes) ok_ = false;
    return ok_ ? static_cast<size_t>(n) : 0;
  }
  std::string String() {
    size_t n = Count(1);
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  std::vector<std::string> Strings() {
    std::vector<std::string> out(Count(1));
    for (std::string& s : out) s = String();
    return out;
  }
  uint64_t Fixed64() {
    if (in_.size() < 8) {
      ok_ = false;
      return 0;
    }
    uint64_t v = 0;
    for (int b = 0; b < 8; ++b) v |= static_cast<uint64_t>(static_cast<uint8_t>(in_[b])) << (8 * b);
    in_.remove_prefix(8);
    return v;
  }

 private:
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

std::string EncodeRecord(const EntityRecord& r) {
  std::string out;
  Writer w(&out);
  w.Varint(kFormat);
  w.String(r.entity.id);
  w.String(r.entity.name);
  w.Varint(static_cast<uint64_t>(r.entity.type));
  w.Strings(r.entity.variants);
  for (size_t i = 0; i < r.entity.variants.size(); ++i) {
    w.Varint(static_cast<uint64_t>(r.variant_counts[i]));
    w.Varint(r.variant_fullness[i]);
  }
  w.Varint(r.best_variant);
  w.Varint(static_cast<uint64_t>(r.top_variant_count));
  // Match names as made when their variant was added (the entity's type then
  // may differ from its type now), so they are stored, not derived again.
  w.Varint(r.match_names.size());
  for (const PreparedName& name : r.match_names) {
    w.Varint(name.tokens.size());
    for (const PreparedToken& t : name.tokens) w.String(t.text);
  }
  w.Strings(r.entity.titles);
  w.Strings(r.acronyms);
  w.Varint(r.acronym_defined ? 1 : 0);
  w.Varint(static_cast<uint64_t>(r.mentions));
  for (int votes : r.type_votes) w.Varint(static_cast<uint64_t>(votes));
  w.Strings(r.corporate_keys);
  w.Strings(r.filed_keys);
  w.Varint(r.created);
  w.Varint(r.last_seen);
  return out;
}

bool DecodeRecord(std::string_view bytes, EntityRecord* r) {
  Reader in(bytes);
  if (in.Varint() != kFormat) return false;
  r->entity.id = in.String();
  r->entity.name = in.String();
  uint64_t type = in.Varint();
  if (type > static_cast<uint64_t>(EntityType::kOther)) return false;
  r->entity.type = static_cast<EntityType>(type);
  r->entity.variants = in.Strings();
  size_t n = r->entity.variants.size();
  r->variant_counts.resize(n);
  r->variant_fullness.resize(n);
  for (size_t i = 0; i < n; ++i) {
    r->variant_counts[i] = static_cast<int>(in.Varint());
    r->variant_fullness[i] = static_cast<uint32_t>(in.Varint());
    r->variant_index.emplace(r->entity.variants[i], static_cast<uint32_t>(i));
  }
  r->best_variant = in.Varint();
  r->top_variant_count = static_cast<int>(in.Varint());
  size_t names = in.Count(1);
  for (size_t i = 0; i < names && in.ok(); ++i) {
    std::vector<std::string> tokens(in.Count(1));
    for (std::string& t : tokens) t = in.String();
    r->match_names.push_back(PrepareName(tokens));
    r->match_keys.insert(r->match_names.back().key);
  }
  r->entity.titles = in.Strings();
  r->titles.insert(r->entity.titles.begin(), r->entity.titles.end());
  r->acronyms = in.Strings();
  r->acronym_defined = in.Varint() != 0;
  r->mentions = static_cast<int>(in.Varint());
  for (int& votes : r->type_votes) votes = static_cast<int>(in.Varint());
  r->corporate_keys = in.Strings();
  r->filed_keys = in.Strings();
  r->created = in.Varint();
  r->last_seen = in.Varint();
  if (!in.ok() || !in.done() || (n > 0 && r->best_variant >= n)) return false;
  // The canonical name's tokens, as MergeGroup sets them with the name.
  if (!r->entity.name.empty()) r->best_tokens = PrepareName(NameTokens(r->entity.name));
  r->indexed_names = r->match_names.size();
  r->indexed_acronyms = r->acronyms.size();
  r->saved_keys = r->filed_keys.size();
  r->dirty = false;
  return true;
}

std::string EncodeResolverState(const ResolverState& state) {
  std::string out;
  Writer w(&out);
  w.Varint(kFormat);
  for (int n : state.next_id) w.Varint(static_cast<uint64_t>(n));
  w.Varint(state.next_created);
  w.Varint(state.articles_seen);
  w.Strings(state.company_names);
  return out;
}

bool DecodeResolverState(std::string_view bytes, ResolverState* state) {
  Reader in(bytes);
  if (in.Varint() != kFormat) return false;
  ResolverState s;
  for (int& n : s.next_id) n = static_cast<int>(in.Varint());
  s.next_created = in.Varint();
  s.articles_seen = in.Varint();
  s.company_names = in.Strings();
  if (!in.ok() || !in.done()) return false;
  *state = std::move(s);
  return true;
}

void OtherKeys(const std::vector<uint64_t>& keys, size_t i, std::vector<uint64_t>* out) {
  out->clear();
  for (size_t j = 0; j < keys.size(); ++j) {
    if (j != i) out->push_back(keys[j]);
  }
}

std::string EncodeMergeSets(const std::vector<MergeSet>& sets) {
  std::string out;
  Writer w(&out);
  w.Varint(kFormat);
  w.Varint(sets.size());
  for (const MergeSet& set : sets) {
    w.Varint(set.keys.size());
    for (size_t i = 0; i < set.keys.size(); ++i) {
      w.Fixed64(set.keys[i]);
      w.String(set.entities[i]);
    }
  }
  return out;
}

bool DecodeMergeSets(std::string_view bytes, std::vector<MergeSet>* sets) {
  Reader in(bytes);
  if (in.Varint() != kFormat) return false;
  std::vector<MergeSet> out(in.Count(1));
  for (MergeSet& set : out) {
    size_t n = in.Count(9);  // a key and a length at least
    set.keys.resize(n);
    set.entities.resize(n);
    for (size_t i = 0; i < n; ++i) {
      set.keys[i] = in.Fixed64();
      set.entities[i] = in.String();
    }
  }
  if (!in.ok() || !in.done()) return false;
  *sets = std::move(out);
  return true;
}

}  // namespace storyline
