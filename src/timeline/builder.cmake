# The timeline builder (issue 6): dated sentences, date ranking, per-day
# candidates and centroid selection. Included by this folder's CMakeLists.txt.
add_library(storyline_timeline
  ${CMAKE_CURRENT_LIST_DIR}/iso_day.cc
  ${CMAKE_CURRENT_LIST_DIR}/dated_sentences.cc
  ${CMAKE_CURRENT_LIST_DIR}/date_ranking.cc
  ${CMAKE_CURRENT_LIST_DIR}/date_candidates.cc
  ${CMAKE_CURRENT_LIST_DIR}/sentence_filter.cc
  ${CMAKE_CURRENT_LIST_DIR}/timeline_builder.cc
)
target_link_libraries(storyline_timeline PUBLIC storyline_summary storyline_text)

storyline_test(timeline_builder_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/iso_day_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/dated_sentences_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/date_ranking_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/date_candidates_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/sentence_filter_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/timeline_builder_test.cc
  LIBS storyline_timeline)
