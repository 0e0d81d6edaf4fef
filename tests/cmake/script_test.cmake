# Registers tests that run a cmake -P driver script (tests/cli,
# tests/robustness): the -D definitions from a test function's parsed
# arguments, add_test and the labels.
include_guard(GLOBAL)

# transdrift_script_test(<test> <script> PARSED <prefix> LABELS <label>...
#                        DEFS <-Dvar=value>... [VALUES <opt>...] [JOINED <opt>:<var>...]
#                        [SKIPPABLE])
# Adds <test>: cmake <DEFS> ... -P <script>, where, from the caller's
# cmake_parse_arguments(<prefix> ...):
#   VALUES     each <opt> with <prefix>_<opt> defined passes -D<opt>=<its value>;
#   JOINED     each <opt> with the list <prefix>_<opt> given passes -D<var>=<the
#              list joined by |> (CMake lists use ;; the drivers split on |);
#   SKIPPABLE  the driver's "transdrift-test-skipped: " line makes ctest report
#              the test as skipped.
function(transdrift_script_test test script)
  cmake_parse_arguments(S "SKIPPABLE" "PARSED" "LABELS;DEFS;VALUES;JOINED" ${ARGN})
  set(defs ${S_DEFS})
  foreach(opt IN LISTS S_VALUES)
    if(DEFINED ${S_PARSED}_${opt})
      list(APPEND defs "-D${opt}=${${S_PARSED}_${opt}}")
    endif()
  endforeach()
  foreach(pair IN LISTS S_JOINED)
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 opt)
    list(GET pair 1 var)
    if(${S_PARSED}_${opt})
      list(JOIN ${S_PARSED}_${opt} "|" joined)
      list(APPEND defs "-D${var}=${joined}")
    endif()
  endforeach()
  add_test(NAME ${test} COMMAND ${CMAKE_COMMAND} ${defs} -P ${script})
  set_tests_properties(${test} PROPERTIES LABELS "${S_LABELS}")
  if(S_SKIPPABLE)
    set_tests_properties(${test} PROPERTIES SKIP_REGULAR_EXPRESSION "transdrift-test-skipped: ")
  endif()
endfunction()
