# The named-entity tagger, its trainer and the corpus readers (issue 5).
# models/ner-en.bin is embedded into the library (.incbin in ner_embedded.cc)
# when it exists at configure time; re-run cmake after training a first model.
add_library(storyline_ner
  ner_tags.cc
  ner_titles.cc
  conll.cc
  gazetteer.cc
  gazetteer_table.cc
  gazetteer_sources.cc
  ner_features.cc
  ner_token_types.cc
  ner_viterbi.cc
  ner_model.cc
  ner_embedded.cc
  ner_tagger.cc
  ner_particles.cc
  ner_coordinated.cc
  perceptron.cc
  ner_lexicons.cc
  ner_unlabeled.cc
  word_clusters.cc
  ner_doc_hints.cc
  ner_type_vote.cc
  ner_trainer.cc
  ner_metrics.cc
  ner_corpus_mentions.cc
  ner_corpus_meantime.cc
  ner_corpus_gum.cc
  ner_corpus.cc
  ner_conventions.cc
)
target_link_libraries(storyline_ner PUBLIC storyline_text PRIVATE nlohmann_json::nlohmann_json)

set(STORYLINE_NER_MODEL "${CMAKE_SOURCE_DIR}/models/ner-en.bin")
if(EXISTS "${STORYLINE_NER_MODEL}")
  set_source_files_properties(ner_embedded.cc PROPERTIES
    COMPILE_DEFINITIONS "STORYLINE_NER_MODEL_FILE=\"${STORYLINE_NER_MODEL}\""
    OBJECT_DEPENDS "${STORYLINE_NER_MODEL}")
else()
  message(STATUS "storyline: ${STORYLINE_NER_MODEL} not found; the tagger has no embedded model")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/models")
endif()

storyline_test(ner_test
  SOURCES ner_tags_test.cc conll_test.cc gazetteer_test.cc ner_corpus_test.cc ner_metrics_test.cc
          ner_tagger_test.cc ner_particles_test.cc ner_coordinated_test.cc ner_trainer_test.cc ner_doc_hints_test.cc
          ner_viterbi_test.cc gazetteer_table_test.cc ner_unlabeled_test.cc word_clusters_test.cc
          ner_conventions_test.cc ner_type_vote_test.cc ner_token_types_test.cc
  LIBS storyline_ner)
storyline_bench(ner_bench SOURCES ner_bench.cc LIBS storyline_ner simdjson::simdjson)
