# What the cmake -P test drivers share (tests/cli/run_cli.cmake,
# tests/robustness/run_robust.cmake, tests/browser/run_browser.cmake,
# tests/consumer/run_consumer.cmake): required -D variables, the skip line,
# a fresh work directory, running the command under test and checking its
# exit, standard error and output, and the failure report.
include_guard(GLOBAL)

# Fails unless every named variable was given (-D<var>=...).
function(driver_require script)
  foreach(var IN LISTS ARGN)
    if(NOT DEFINED ${var})
      message(FATAL_ERROR "${script}: -D${var}= is required")
    endif()
  endforeach()
endfunction()

# Prints the line the tests' SKIP_REGULAR_EXPRESSION matches, so ctest reports
# the test as skipped (never as passed). The caller returns after it.
function(driver_skip reason)
  message("transdrift-test-skipped: ${reason}")
endfunction()

# Removes <dir> and makes it again, empty, with the given subdirectories.
function(driver_fresh_dir dir)
  file(REMOVE_RECURSE "${dir}")
  file(MAKE_DIRECTORY "${dir}")
  foreach(sub IN LISTS ARGN)
    file(MAKE_DIRECTORY "${dir}/${sub}")
  endforeach()
endfunction()

# driver_run(<what> <command>...): runs the command; fails with <what>, the
# exit code and the combined output unless it exits 0.
function(driver_run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}")
  endif()
  message(STATUS "${what}: ok")
endfunction()

# driver_run_under_test(<program> [STDOUT_LIMIT <bytes>])
# Runs <program> with the caller's ARGS (separated by |) in WORK_DIR, standard
# input from STDIN when defined (a path relative to WORK_DIR or absolute),
# standard output to WORK_DIR/stdout.txt, standard error to
# WORK_DIR/stderr.txt. Sets in the caller: rc, out (standard output, at most
# STDOUT_LIMIT bytes when given), err and seconds (the time it took).
function(driver_run_under_test program)
  cmake_parse_arguments(R "" "STDOUT_LIMIT" "" ${ARGN})
  string(REPLACE "|" ";" args "${ARGS}")
  set(stdin_arg)
  if(DEFINED STDIN)
    cmake_path(ABSOLUTE_PATH STDIN BASE_DIRECTORY "${WORK_DIR}" OUTPUT_VARIABLE stdin_file)
    set(stdin_arg INPUT_FILE "${stdin_file}")
  endif()
  set(limit)
  if(DEFINED R_STDOUT_LIMIT)
    set(limit LIMIT ${R_STDOUT_LIMIT})
  endif()
  string(TIMESTAMP t0 "%s")
  execute_process(
    COMMAND "${program}" ${args}
    WORKING_DIRECTORY "${WORK_DIR}"
    ${stdin_arg}
    OUTPUT_FILE "${WORK_DIR}/stdout.txt"
    ERROR_FILE "${WORK_DIR}/stderr.txt"
    RESULT_VARIABLE rc)
  string(TIMESTAMP t1 "%s")
  math(EXPR seconds "${t1} - ${t0}")
  file(READ "${WORK_DIR}/stdout.txt" out ${limit})
  file(READ "${WORK_DIR}/stderr.txt" err)
  set(rc "${rc}" PARENT_SCOPE)
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
  set(seconds "${seconds}" PARENT_SCOPE)
endfunction()

# Checks err and out (from driver_run_under_test) against the caller's
# optional STDERR_LINES, STDERR_REGEX, STDOUT_REGEX and JSON_ARGS (run
# HELPER <JSON_ARGS> in WORK_DIR, @STDOUT@ naming the captured standard
# output; | separates the arguments); appends what fails to `failures`.
function(driver_check_output)
  set(found ${failures})
  if(DEFINED STDERR_LINES)
    string(REGEX MATCHALL "\n" newlines "${err}")
    list(LENGTH newlines lines)
    string(LENGTH "${err}" err_len)
    if(err_len GREATER 0 AND NOT err MATCHES "\n$")
      math(EXPR lines "${lines} + 1")  # a last line without its newline still counts
    endif()
    if(NOT lines EQUAL STDERR_LINES)
      list(APPEND found "${lines} lines on stderr, expected ${STDERR_LINES}")
    endif()
  endif()
  if(DEFINED STDERR_REGEX AND NOT err MATCHES "${STDERR_REGEX}")
    list(APPEND found "stderr does not match '${STDERR_REGEX}'")
  endif()
  if(DEFINED STDOUT_REGEX AND NOT out MATCHES "${STDOUT_REGEX}")
    list(APPEND found "stdout does not match '${STDOUT_REGEX}'")
  endif()
  if(DEFINED JSON_ARGS)
    string(REPLACE "@STDOUT@" "${WORK_DIR}/stdout.txt" json_args "${JSON_ARGS}")
    string(REPLACE "|" ";" json_args "${json_args}")
    execute_process(COMMAND "${HELPER}" ${json_args} WORKING_DIRECTORY "${WORK_DIR}"
                    RESULT_VARIABLE json_rc ERROR_VARIABLE json_err)
    if(NOT json_rc EQUAL 0)
      list(APPEND found "JSON check failed: ${json_err}")
    endif()
  endif()
  set(failures "${found}" PARENT_SCOPE)
endfunction()

# Fails the test with <what>, the list `failures` and the start of out and
# err, when `failures` is not empty.
function(driver_report what)
  if(failures)
    string(REPLACE ";" "\n  " list "${failures}")
    string(SUBSTRING "${out}" 0 2000 out_head)
    message(FATAL_ERROR "${what}\n  ${list}\n--- stdout (first 2000 bytes) ---\n"
                        "${out_head}\n--- stderr ---\n${err}")
  endif()
endfunction()
