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

foreach(var CLI GEN HELPER WORK_DIR EXPECT_RC)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_robust.cmake: -D${var}= is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/adir")
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
    message("transdrift-test-skipped: running as root, which reads files whatever their mode")
    return()
  endif()
  file(CHMOD "${WORK_DIR}/${UNREADABLE}" PERMISSIONS)
endif()

string(REPLACE "|" ";" args "${ARGS}")
set(stdin_arg)
if(DEFINED STDIN)
  set(stdin_arg INPUT_FILE "${WORK_DIR}/${STDIN}")
endif()
string(TIMESTAMP t0 "%s")
execute_process(
  COMMAND "${CLI}" ${args}
  WORKING_DIRECTORY "${WORK_DIR}"
  ${stdin_arg}
  OUTPUT_FILE "${WORK_DIR}/stdout.txt"
  ERROR_FILE "${WORK_DIR}/stderr.txt"
  RESULT_VARIABLE rc)
string(TIMESTAMP t1 "%s")
math(EXPR seconds "${t1} - ${t0}")
file(READ "${WORK_DIR}/stdout.txt" out LIMIT 65536)
file(READ "${WORK_DIR}/stderr.txt" err)

set(failures)
if(NOT rc MATCHES "${EXPECT_RC}")
  list(APPEND failures "exit code ${rc}, expected ${EXPECT_RC}")
endif()
if(DEFINED STDERR_LINES)
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines lines)
  string(LENGTH "${err}" err_len)
  if(err_len GREATER 0 AND NOT err MATCHES "\n$")
    math(EXPR lines "${lines} + 1")
  endif()
  if(NOT lines EQUAL STDERR_LINES)
    list(APPEND failures "${lines} lines on stderr, expected ${STDERR_LINES}")
  endif()
endif()
if(DEFINED STDERR_REGEX AND NOT err MATCHES "${STDERR_REGEX}")
  list(APPEND failures "stderr does not match '${STDERR_REGEX}'")
endif()
if(DEFINED STDOUT_REGEX AND NOT out MATCHES "${STDOUT_REGEX}")
  list(APPEND failures "stdout does not match '${STDOUT_REGEX}'")
endif()
if(DEFINED MAX_SECONDS AND seconds GREATER MAX_SECONDS)
  list(APPEND failures "took ${seconds} s, more than ${MAX_SECONDS} s")
endif()
if(DEFINED JSON_ARGS)
  string(REPLACE "@STDOUT@" "${WORK_DIR}/stdout.txt" json_args "${JSON_ARGS}")
  string(REPLACE "|" ";" json_args "${json_args}")
  execute_process(COMMAND "${HELPER}" ${json_args} WORKING_DIRECTORY "${WORK_DIR}"
                  RESULT_VARIABLE json_rc ERROR_VARIABLE json_err)
  if(NOT json_rc EQUAL 0)
    list(APPEND failures "JSON check failed: ${json_err}")
  endif()
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

if(failures)
  string(REPLACE ";" "\n  " failures "${failures}")
  string(SUBSTRING "${out}" 0 2000 out_head)
  message(FATAL_ERROR "transdrift ${ARGS}\n  ${failures}\n--- stdout (first 2000 bytes) ---\n"
                      "${out_head}\n--- stderr ---\n${err}")
endif()
