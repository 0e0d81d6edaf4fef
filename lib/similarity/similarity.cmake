# The similarity stage's sources beyond those listed in lib/CMakeLists.txt,
# and its data tables (data/*.tsv), compiled into the library so that the
# build tree, an installed package and a static link all have them.
target_sources(transdrift PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/word_weights.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cached_wordnet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wordnet_cache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wordnet_vectors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/word_vectors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/features.cpp
  ${CMAKE_CURRENT_LIST_DIR}/model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sentence_parser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/structure.cpp)
foreach(_table word_freq similarity_model structure_weights)
  set(_out ${PROJECT_BINARY_DIR}/lib/generated/${_table}_tsv.cpp)
  add_custom_command(
    OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${PROJECT_SOURCE_DIR}/data/${_table}.tsv -DOUTPUT=${_out}
            -DSYMBOL=${_table}_tsv -P ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
    DEPENDS ${PROJECT_SOURCE_DIR}/data/${_table}.tsv ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
    COMMENT "Embedding data/${_table}.tsv"
    VERBATIM)
  target_sources(transdrift PRIVATE ${_out})
endforeach()
# data/wordnet_vectors.bin (int8 word vectors, tools/make_word_vectors.cpp) is
# included as bytes by the assembler's .incbin in wordnet_vectors.cpp.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/wordnet_vectors.cpp PROPERTIES
  COMPILE_DEFINITIONS "TRANSDRIFT_WORDNET_VECTORS_BIN=\"${PROJECT_SOURCE_DIR}/data/wordnet_vectors.bin\""
  OBJECT_DEPENDS ${PROJECT_SOURCE_DIR}/data/wordnet_vectors.bin)
# The WordNet cache stores the lexicon's own computation (relation and
# relatedness data of common words, wordnet_cache.hpp). A hash of the code
# and the table that make it is part of the cache's fingerprint, so a changed
# lexicon rebuilds the cache instead of reading answers an older build wrote.
# CMake configures again when one of these files changes.
set(_lexicon_inputs
  ${CMAKE_CURRENT_LIST_DIR}/wordnet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wordnet_cache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wordnet_cache.hpp
  ${CMAKE_CURRENT_LIST_DIR}/wordnet_db.hpp
  ${PROJECT_SOURCE_DIR}/data/word_freq.tsv)
set(_lexicon_hash "")
foreach(_file ${_lexicon_inputs})
  file(SHA256 ${_file} _file_hash)
  string(APPEND _lexicon_hash ${_file_hash})
endforeach()
string(SHA256 _lexicon_hash "${_lexicon_hash}")
string(SUBSTRING ${_lexicon_hash} 0 16 _lexicon_hash)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_lexicon_inputs})
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/wordnet_cache.cpp APPEND PROPERTY
  COMPILE_DEFINITIONS TRANSDRIFT_LEXICON_HASH=0x${_lexicon_hash}ull)
