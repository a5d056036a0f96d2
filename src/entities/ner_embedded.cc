#include "entities/ner_embedded.h"

#ifdef STORYLINE_NER_MODEL_FILE
// The model file is assembled into .rodata between two hidden symbols.
__asm__(".section .rodata\n"
        ".balign 16\n"
        ".hidden storyline_ner_model_begin\n"
        ".globl storyline_ner_model_begin\n"
        "storyline_ner_model_begin:\n"
        ".incbin \"" STORYLINE_NER_MODEL_FILE "\"\n"
        ".hidden storyline_ner_model_end\n"
        ".globl storyline_ner_model_end\n"
        "storyline_ner_model_end:\n"
        ".previous\n");
extern "C" const char storyline_ner_model_begin[];
extern "C" const char storyline_ner_model_end[];
#endif

namespace storyline {

std::string_view EmbeddedNerModel() {
#ifdef STORYLINE_NER_MODEL_FILE
  return std::string_view(storyline_ner_model_begin,
                          static_cast<size_t>(storyline_ner_model_end - storyline_ner_model_begin));
#else
  return {};
#endif
}

}  // namespace storyline
