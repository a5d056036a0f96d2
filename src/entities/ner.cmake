# Placeholder until the tagger lands.
add_library(storyline_ner INTERFACE)
target_link_libraries(storyline_ner INTERFACE storyline_text)
