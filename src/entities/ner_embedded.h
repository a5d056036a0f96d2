// The default model, models/ner-en.bin, linked into the library at build time
// (assembler .incbin), so the pipeline can build a tagger with no file path.
#ifndef STORYLINE_ENTITIES_NER_EMBEDDED_H_
#define STORYLINE_ENTITIES_NER_EMBEDDED_H_

#include <string_view>

namespace storyline {

// The embedded model bytes; empty when the build found no models/ner-en.bin.
std::string_view EmbeddedNerModel();

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_EMBEDDED_H_
