# Sanitizer and fuzzing builds (docs/robustness.md).
#
#   -DTRANSDRIFT_SANITIZE=address,undefined   every target of the build is
#       compiled and linked with -fsanitize=<list>; any report is fatal
#       (-fno-sanitize-recover=all), so a sanitizer finding fails its test.
#       GCC or Clang. scripts/run-sanitized-tests.sh (part of .ci/run) uses it.
#   -DTRANSDRIFT_FUZZ=ON   also builds the libFuzzer targets tests/fuzz/fuzz_*
#       (Clang only). Everything else is instrumented for coverage
#       (-fsanitize=fuzzer-no-link); TRANSDRIFT_SANITIZE defaults to
#       address,undefined. The fuzz_replay_* tests are built in every build.
set(TRANSDRIFT_SANITIZE "" CACHE STRING
    "Comma-separated sanitizers for every target (-fsanitize=...), e.g. address,undefined; empty: none")
option(TRANSDRIFT_FUZZ "Build the libFuzzer targets in tests/fuzz (Clang only)" OFF)

if(TRANSDRIFT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TRANSDRIFT_FUZZ=ON needs Clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(TRANSDRIFT_SANITIZE STREQUAL "")
    set(TRANSDRIFT_SANITIZE "address,undefined" CACHE STRING "" FORCE)
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT TRANSDRIFT_SANITIZE STREQUAL "")
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "^(GNU|Clang)$")
    message(FATAL_ERROR "TRANSDRIFT_SANITIZE needs GCC or Clang")
  endif()
  message(STATUS "transdrift: sanitizers ${TRANSDRIFT_SANITIZE}")
  add_compile_options(-fsanitize=${TRANSDRIFT_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${TRANSDRIFT_SANITIZE} -fno-sanitize-recover=all)
endif()
