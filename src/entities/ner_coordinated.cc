#include "entities/ner_coordinated.h"

#include "common/word_set.h"
#include "entities/ner_tags.h"
#include "text/normalize.h"
#include "text/term_stats.h"

namespace storyline {
namespace {

uint8_t PhraseKinds(const Gazetteer& gazetteer, const std::vector<std::string_view>& folded, size_t begin,
                    size_t end) {
  std::vector<uint64_t> hashes;
  for (size_t i = begin; i < end; ++i) hashes.push_back(GazetteerTokenHash(folded[i]));
  return gazetteer.Lookup(hashes.data(), hashes.size());
}

bool IsOrdinaryCapitalized(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                           const Gazetteer& gazetteer, size_t i) {
  return StartsUpperCase(raw[i]) && (gazetteer.LookupWord(folded[i]) & kGazCommonWord) != 0;
}

// Where the part before the conjunction at `i` begins: the entity that ends
// at i - 1, or the run of capitalized words before it; `i` when there is no
// such part or it is a person.
size_t PartBefore(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                  const std::vector<int>& tags, size_t i) {
  int last = tags[i - 1];
  if (last == kTagBPer || last == kTagIPer) return i;
  size_t begin = i - 1;
  if (last == kTagO) {
    while (begin > 0 && tags[begin - 1] == kTagO && StartsUpperCase(raw[begin - 1]) && !IsStopWord(folded[begin - 1])) {
      --begin;
    }
    return IsStopWord(folded[begin]) ? i : begin;
  }
  while (begin > 0 && (tags[begin] == kTagIOrg || tags[begin] == kTagILoc || tags[begin] == kTagIMisc)) --begin;
  return begin;
}

}  // namespace

bool IsInstitutionNoun(std::string_view folded) {
  static const WordSet kNouns = {
      "commission", "administration", "service", "services", "museum", "center", "centre", "institute",
      "institution", "agency", "department", "bureau", "authority", "council", "committee", "foundation",
      "association", "corporation", "company", "board", "office", "organization", "organisation", "society",
      "union", "university", "college", "school", "hospital", "league", "federation", "ministry", "fund",
      "trust", "laboratory", "laboratories", "academy", "court", "assembly", "alliance", "coalition",
      "institutes", "centers", "centres", "party"};
  return kNouns.contains(folded);
}

void JoinCoordinatedNameParts(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                              const Gazetteer& gazetteer, std::vector<int>* tags_in) {
  std::vector<int>& tags = *tags_in;
  size_t n = tags.size();
  for (size_t i = 1; i + 2 < n; ++i) {
    if ((folded[i] != "and" && folded[i] != "&") || tags[i] != kTagO) continue;
    int type = tags[i + 1];
    if (type != kTagBOrg && type != kTagBLoc) continue;
    size_t end = i + 2;
    while (end < n && tags[end] == type + 1) ++end;
    if (end - (i + 1) < 2 || !IsInstitutionNoun(folded[end - 1])) continue;
    if (!IsOrdinaryCapitalized(raw, folded, gazetteer, i + 1) ||
        !IsOrdinaryCapitalized(raw, folded, gazetteer, i - 1) || IsInstitutionNoun(folded[i - 1])) {
      continue;
    }
    size_t begin = PartBefore(raw, folded, tags, i);
    if (begin == i) continue;
    if (PhraseKinds(gazetteer, folded, begin, i) & (kGazCountry | kGazRegion | kGazCity)) continue;
    tags[begin] = type;
    for (size_t k = begin + 1; k < end; ++k) tags[k] = type + 1;
    i = end - 1;
  }
}

}  // namespace storyline
