# Cross-document entity resolution (resolver.h): name variants, acronyms,
# within-article grouping, matching against known entities; and the coreference
# scorer (MUC, B3, CEAF-e) with the MEANTIME evaluation tool.
add_library(storyline_entities
  ${CMAKE_CURRENT_SOURCE_DIR}/variants.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/variants_titles.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/variants_demonyms.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/acronym.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/resolve_local.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/resolve_context.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/resolver.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/resolver_archive.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/entity_record.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/entity_archive.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/coref_eval.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/coref_eval_meantime.cc
)
target_link_libraries(storyline_entities PUBLIC storyline_ner storyline_text)

storyline_test(entities_resolve_test
  SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/variants_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/acronym_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/resolver_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/resolve_context_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/resolver_seed_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/resolver_archive_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/coref_eval_test.cc
  LIBS storyline_entities)

add_executable(storyline_meantime_eval ${CMAKE_CURRENT_SOURCE_DIR}/tools/meantime_eval.cc)
target_link_libraries(storyline_meantime_eval PRIVATE storyline_entities CLI11::CLI11)
# Mentions from the tagger need the tagger (branch ner); gold-name mentions work without it.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/ner_tagger.h)
  target_compile_definitions(storyline_meantime_eval PRIVATE STORYLINE_HAVE_NER_TAGGER)
endif()


# Needs the tagger (branch ner) for realistic mentions; quotes are timed on the same text.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/ner_tagger.h)
  storyline_bench(entities_resolve_bench
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/resolve_bench.cc
    LIBS storyline_entities storyline_quotes nlohmann_json::nlohmann_json)
endif()
