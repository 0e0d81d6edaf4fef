# Runs the transdrift command once on generated inputs and checks that it
# ended the way docs/robustness.md promises. cmake -P script, no shell.
#
#   -DCLI=<binary> -DGEN=<robustness_gen> -DHELPER=<cli_test_helper>
#   -DWORK_DIR=<dir>        emptied, fixtures written there; the command runs there
#   -DGENERATE=k:f|k:f      robustness_gen KIND FILE for each pair
#   -DARGS=a|b|c            the command's arguments
#   -DEXPECT_RC=<regex>     the exit code must match, e.g. "^[01]$"
#   -DSTDIN=<file>          optional: standard input (relative to WORK_DIR)
#   -DSTDERR_LINES=<n>      optional: exact number of lines on standard error
#   -DSTDERR_REGEX=<re>     optional
#   -DSTDOUT_REGEX=<re>     optional (tested on the first 64 KiB of standard output)
#   -DJSON_ARGS=a|b         optional: cli_test_helper <JSON_ARGS> afterwards
#   -DMAX_SECONDS=<n>       optional: fail when the command took longer
#   -DUNREADABLE=<file>     optional: chmod 000 FILE; as root that does not stop
#                           reading, so the test prints "transdrift-test-skipped:"
#
# Fixtures: ok.txt / retr.txt, a short original and its retranslation;
# uspace.txt, only Unicode white space (NBSP, ideographic space ...); adir/.
cmake_minimum_required(VERSION 3.21)

include(${CMAKE_CURRENT_LIST_DIR}/../cmake/test_driver_common.cmake)
driver_require(run_robust.cmake CLI GEN HELPER WORK_DIR EXPECT_RC)

driver_fresh_dir("${WORK_DIR}" adir)
file(WRITE "${WORK_DIR}/ok.txt" "The treaty was signed in Geneva in 2024.\nForty nations joined it.\n")
file(WRITE "${WORK_DIR}/retr.txt" "The treaty was signed in Geneva in 2023.\nForty countries joined it.\n")
file(WRITE "${WORK_DIR}/uspace.txt" " 　 \n  \n")  # Unicode white space only

if(DEFINED GENERATE)
  string(REPLACE "|" ";" generate "${GENERATE}")
  foreach(pair IN LISTS generate)
    string(REPLACE ":" ";" kf "${pair}")
    list(GET kf 0 kind)
    list(GET kf 1 file)
    execute_process(COMMAND "${GEN}" "${kind}" "${WORK_DIR}/${file}" RESULT_VARIABLE gen_rc)
    if(NOT gen_rc EQUAL 0)
      message(FATAL_ERROR "robustness_gen ${kind} ${file} failed: ${gen_rc}")
    endif()
  endforeach()
endif()

if(DEFINED UNREADABLE)
  execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(uid STREQUAL "0")
    driver_skip("running as root, which reads files whatever their mode")
    return()
  endif()
  file(CHMOD "${WORK_DIR}/${UNREADABLE}" PERMISSIONS)
endif()

driver_run_under_test("${CLI}" STDOUT_LIMIT 65536)

set(failures)
if(NOT rc MATCHES "${EXPECT_RC}")
  list(APPEND failures "exit code ${rc}, expected ${EXPECT_RC}")
endif()
driver_check_output()
if(DEFINED MAX_SECONDS AND seconds GREATER MAX_SECONDS)
  list(APPEND failures "took ${seconds} s, more than ${MAX_SECONDS} s")
endif()
message("transdrift ${ARGS}: exit ${rc} in ${seconds} s")

# Generated inputs can be big: do not leave them behind.
file(GLOB generated LIST_DIRECTORIES false "${WORK_DIR}/*")
foreach(f IN LISTS generated)
  file(SIZE "${f}" size)
  if(size GREATER 1048576 AND NOT failures)
    file(REMOVE "${f}")
  endif()
endforeach()

driver_report("transdrift ${ARGS}")
