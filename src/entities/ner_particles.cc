#include "entities/ner_particles.h"

#include <string>

#include "entities/ner_tags.h"
#include "text/normalize.h"

namespace storyline {
namespace {

// "al-Thani": a particle joined by a hyphen to a capitalized part.
bool IsHyphenedParticleName(std::string_view raw, std::string_view folded) {
  for (std::string_view p : {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ud-", "ul-", "bin-",
                             "ibn-", "abu-", "abd-", "d'", "o'"}) {
    if (folded.size() > p.size() && folded.substr(0, p.size()) == p) return StartsUpperCase(raw.substr(p.size()));
  }
  return false;
}

bool IsStandaloneParticle(std::string_view folded) {
  for (std::string_view p : {"bin", "ibn", "bint", "abu", "al", "el", "van", "von", "der", "den", "de", "da", "di",
                             "del", "della", "du", "dos", "das", "le", "ter", "ten"}) {
    if (folded == p) return true;
  }
  return false;
}

bool IsPerson(int tag) { return tag == kTagBPer || tag == kTagIPer; }

}  // namespace

void AttachNameParticles(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                         std::vector<int>* tags) {
  std::vector<int>& t = *tags;
  for (size_t i = 1; i < t.size(); ++i) {
    if (!IsPerson(t[i - 1])) continue;
    if (t[i] == kTagO && IsHyphenedParticleName(raw[i], folded[i])) {
      t[i] = kTagIPer;
      continue;
    }
    if (t[i] != kTagO || !IsStandaloneParticle(folded[i]) || StartsUpperCase(raw[i])) continue;
    // Particles may chain ("von der Leyen"); the run must end in a capitalized part.
    size_t end = i;
    while (end < t.size() && IsStandaloneParticle(folded[end]) && !StartsUpperCase(raw[end])) ++end;
    if (end == t.size() || !StartsUpperCase(raw[end]) || !(t[end] == kTagO || t[end] == kTagBPer)) continue;
    for (size_t k = i; k <= end; ++k) t[k] = kTagIPer;
    i = end;
  }
}

}  // namespace storyline
