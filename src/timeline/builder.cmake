# The timeline builder (issue 6): dated sentences, date ranking, per-day
# candidates and centroid selection. Included by this folder's CMakeLists.txt.
add_library(storyline_timeline
  ${CMAKE_CURRENT_LIST_DIR}/iso_day.cc
  ${CMAKE_CURRENT_LIST_DIR}/lead_in.cc
  ${CMAKE_CURRENT_LIST_DIR}/dated_sentences.cc
  ${CMAKE_CURRENT_LIST_DIR}/date_ranking.cc
  ${CMAKE_CURRENT_LIST_DIR}/date_candidates.cc
  ${CMAKE_CURRENT_LIST_DIR}/sentence_filter.cc
  ${CMAKE_CURRENT_LIST_DIR}/timeline_builder.cc
  ${CMAKE_CURRENT_LIST_DIR}/article_jsonl.cc
  ${CMAKE_CURRENT_LIST_DIR}/timeline_output.cc
  ${CMAKE_CURRENT_LIST_DIR}/event_date.cc
  ${CMAKE_CURRENT_LIST_DIR}/default_tagger.cc
)
target_link_libraries(storyline_timeline PUBLIC storyline_summary storyline_dates storyline_tls_eval storyline_text
  PRIVATE nlohmann_json::nlohmann_json)

storyline_test(timeline_builder_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/iso_day_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/dated_sentences_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/date_ranking_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/date_candidates_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/sentence_filter_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/timeline_builder_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/article_jsonl_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/timeline_output_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/event_date_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/lead_in_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/seed_timeline_test.cc
  LIBS storyline_timeline)

# The Timeline17 evaluation driver (a tool, not a test: it reads the whole set).
add_executable(timeline_eval
  ${CMAKE_CURRENT_LIST_DIR}/tools/timeline_eval.cc
  ${CMAKE_CURRENT_LIST_DIR}/tools/gold_timelines.cc
)
target_link_libraries(timeline_eval PRIVATE storyline_timeline CLI11::CLI11 nlohmann_json::nlohmann_json)
target_compile_definitions(timeline_eval PRIVATE STORYLINE_SHARED_DIR="${STORYLINE_SHARED_DIR}")

storyline_bench(timeline_bench SOURCES ${CMAKE_CURRENT_LIST_DIR}/timeline_bench.cc LIBS storyline_timeline)
