# storyline_tls_eval: ROUGE-1.5.5 counting (rouge.h) and the tilse timeline
# metrics (tilse_metrics.h), the T17 timeline format and the tilse test vectors.
#
# ROUGE's word lists live as plain text in data/ and are compiled in: they are
# read here at configure time into a generated source file.
set(STORYLINE_TLS_DATA ${CMAKE_CURRENT_SOURCE_DIR}/data)
file(READ ${STORYLINE_TLS_DATA}/smart_common_words.txt STORYLINE_SMART_WORDS)
file(READ ${STORYLINE_TLS_DATA}/wordnet_exceptions.txt STORYLINE_WORDNET_EXCEPTIONS)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${STORYLINE_TLS_DATA}/smart_common_words.txt ${STORYLINE_TLS_DATA}/wordnet_exceptions.txt)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/word_list_data.cc.in
  ${CMAKE_CURRENT_BINARY_DIR}/word_list_data.cc @ONLY)

add_library(storyline_tls_eval
  porter_stemmer.cc
  smart_stopwords.cc
  wordnet_exceptions.cc
  ${CMAKE_CURRENT_BINARY_DIR}/word_list_data.cc
  rouge.cc
  linear_assignment.cc
  tilse_metrics.cc
  t17_format.cc
  tls_vectors.cc
)
# nlohmann_json is public because `storyline eval timeline --json` prints with it.
target_link_libraries(storyline_tls_eval PUBLIC storyline_common nlohmann_json::nlohmann_json)

storyline_test(tls_eval_test
  SOURCES porter_stemmer_test.cc rouge_test.cc linear_assignment_test.cc tilse_metrics_test.cc
          t17_format_test.cc tls_vectors_test.cc
  LIBS storyline_tls_eval nlohmann_json::nlohmann_json)
