# Writes a C++ source that holds a text data file as a string:
#   cmake -DINPUT=data/x.tsv -DOUTPUT=gen/x.cpp -DSYMBOL=name -P embed_text.cmake
# defines `std::string_view transdrift::embedded::SYMBOL()`. The file is split
# into raw-string chunks of at most 60,000 bytes (portable literal length).
file(READ "${INPUT}" _content)
string(LENGTH "${_content}" _len)
set(_out "// Generated from ${INPUT} by cmake/embed_text.cmake. Do not edit.\n#include <string>\n#include <string_view>\nnamespace transdrift::embedded {\nstd::string_view ${SYMBOL}() {\n  static const std::string text = std::string()\n")
set(_pos 0)
while(_pos LESS _len)
  string(SUBSTRING "${_content}" ${_pos} 60000 _chunk)
  string(APPEND _out "    + R\"TDEMBED(${_chunk})TDEMBED\"\n")
  math(EXPR _pos "${_pos} + 60000")
endwhile()
string(APPEND _out "    ;\n  return text;\n}\n}  // namespace transdrift::embedded\n")
file(WRITE "${OUTPUT}.tmp" "${_out}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
