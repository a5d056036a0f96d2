# Placeholder until entity resolution lands.
add_library(storyline_entities INTERFACE)
target_link_libraries(storyline_entities INTERFACE storyline_ner)
