# Writes OUTPUT, a .cc defining `const unsigned char NAME[]` (NUL-terminated) with the bytes of INPUT.
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUTPUT}" "namespace storyline::serve {\nextern const unsigned char ${NAME}[];\nconst unsigned char ${NAME}[] = {${bytes} 0x00};\n}\n")
