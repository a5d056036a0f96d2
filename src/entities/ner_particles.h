// Name particles: "Fayez al-Sarraj", "Abdullah Abdurrahman al-Thani", "Osama
// bin Laden", "Ursula von der Leyen". A statistical tagger trained on little
// such text often stops a person's name before its lower-case particle; this
// rule extends a person span over a particle that joins a capitalized part.
#ifndef STORYLINE_ENTITIES_NER_PARTICLES_H_
#define STORYLINE_ENTITIES_NER_PARTICLES_H_

#include <string_view>
#include <vector>

namespace storyline {

// `raw` and `folded` are one sentence's tokens; `tags` their tag ids
// (ner_tags.h), changed in place.
void AttachNameParticles(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                         std::vector<int>* tags);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_PARTICLES_H_
