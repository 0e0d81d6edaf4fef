# The detect stage's sources beyond those listed in lib/CMakeLists.txt, and
# its data table: the drift model (data/drift_model.tsv, fitted by
# tools/fit_drift_model.cpp), compiled into the library.
target_sources(transdrift PRIVATE ${CMAKE_CURRENT_LIST_DIR}/drift_model.cpp)
set(_drift_out ${PROJECT_BINARY_DIR}/lib/generated/drift_model_tsv.cpp)
add_custom_command(
  OUTPUT ${_drift_out}
  COMMAND ${CMAKE_COMMAND} -DINPUT=${PROJECT_SOURCE_DIR}/data/drift_model.tsv -DOUTPUT=${_drift_out}
          -DSYMBOL=drift_model_tsv -P ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/data/drift_model.tsv ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
  COMMENT "Embedding data/drift_model.tsv"
  VERBATIM)
target_sources(transdrift PRIVATE ${_drift_out})
