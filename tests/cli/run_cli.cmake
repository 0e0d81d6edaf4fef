# Runs the transdrift command once and checks what it did. cmake -P script,
# so the CLI tests need nothing but CMake (no shell, no Python).
#
#   -DCLI=<binary>          the transdrift executable
#   -DARGS=a|b|c            its arguments, separated by | (CMake lists use ;)
#   -DWORK_DIR=<dir>        emptied, filled with the fixtures below; the command runs there
#   -DEXPECT_RC=<n>         expected exit code
#   -DSTDIN=<file>          optional: standard input (relative to WORK_DIR)
#   -DSTDERR_LINES=<n>      optional: exact number of lines on standard error
#   -DSTDERR_REGEX=<re>     optional: standard error must match
#   -DSTDOUT_REGEX=<re>     optional: standard output must match
#   -DSTDOUT_EMPTY=ON       optional: standard output must be empty
#   -DEXPECT_COLOR=ON|OFF   optional: standard output has ANSI escapes / no ESC byte at all
#   -DHELPER=<binary>       the cli_test_helper program (fixtures, JSON checks)
#   -DJSON_ARGS=a|b         optional: run cli_test_helper <JSON_ARGS> after the
#                           command; @STDOUT@ names the captured standard output
#   -DREQUIRE_PATH=<path>   optional: if <path> does not exist, print
#                           "transdrift-test-skipped: ..." and stop; the test's
#                           SKIP_REGULAR_EXPRESSION makes ctest report it as skipped
#
# Fixtures (made here so that the source tree needs no binary files):
#   ok.txt       a short valid text
#   invalid.txt  "Hello" then byte 0xFF (invalid UTF-8 at byte 5)
#   binary.txt   a NUL byte at byte 3
#   empty.txt    zero bytes
#   blank.txt    only white space
#   adir/        a directory
#   bench/       two benchmark conditions, bench/a/doc0.* and bench/b/doc0.*
#                (.src, .tgt, .gold; b has a 1-0 gold bead)
#   bad.gold     line 3 is not a bead; range.gold: line 3 names target line 9
#   bench-bad/x/ a triple whose gold line 2 is not a bead
#   incomplete/  doc0.src and doc0.tgt without doc0.gold
cmake_minimum_required(VERSION 3.21)

include(${CMAKE_CURRENT_LIST_DIR}/../cmake/test_driver_common.cmake)
driver_require(run_cli.cmake CLI HELPER WORK_DIR EXPECT_RC)

# Optional data (a shared data set beside the checkout): skip visibly, never pass silently.
if(DEFINED REQUIRE_PATH AND NOT EXISTS "${REQUIRE_PATH}")
  driver_skip("${REQUIRE_PATH} does not exist")
  return()
endif()

driver_fresh_dir("${WORK_DIR}" adir)
string(ASCII 255 ff)
file(WRITE "${WORK_DIR}/ok.txt" "The treaty was signed in 2024. It is sui generis.\n")
file(WRITE "${WORK_DIR}/invalid.txt" "Hello${ff} world.\n")
file(WRITE "${WORK_DIR}/empty.txt" "")
file(WRITE "${WORK_DIR}/blank.txt" "  \n\t\n   \n")
# Benchmark triples: one sentence per line, gold ids are 0-based line numbers.
file(WRITE "${WORK_DIR}/bench/a/doc0.src" "The cat sat on the mat.\nIt was happy there.\nThen it slept until noon.\n")
file(WRITE "${WORK_DIR}/bench/a/doc0.tgt"
     "The cat sat on the mat.\nIt was glad there.\nThen it slept\nuntil noon.\n")
file(WRITE "${WORK_DIR}/bench/a/doc0.gold" "[0]:[0]\n[1]:[1]\n[2]:[2, 3]\n")
file(WRITE "${WORK_DIR}/bench/b/doc0.src" "The treaty was signed in 2024.\nNobody objected.\nIt takes effect in May.\n")
file(WRITE "${WORK_DIR}/bench/b/doc0.tgt" "The treaty was signed in 2024.\nIt takes effect in May.\n")
file(WRITE "${WORK_DIR}/bench/b/doc0.gold" "[0]:[0]\n[1]:[]\n[2]:[1]\n")
file(WRITE "${WORK_DIR}/bad.gold" "[0]:[0]\n\n[1]:[1\n")
file(WRITE "${WORK_DIR}/range.gold" "[0]:[0]\n[1]:[1]\n[2]:[2, 9]\n")
file(WRITE "${WORK_DIR}/bench-bad/x/doc0.src" "One.\nTwo.\n")
file(WRITE "${WORK_DIR}/bench-bad/x/doc0.tgt" "One.\nTwo.\n")
file(WRITE "${WORK_DIR}/bench-bad/x/doc0.gold" "[0]:[0]\n[1]-[1]\n")
file(WRITE "${WORK_DIR}/incomplete/doc0.src" "One.\n")
file(WRITE "${WORK_DIR}/incomplete/doc0.tgt" "One.\n")

# Markup inputs and batch lists.
file(WRITE "${WORK_DIR}/a.md" "# The treaty\n\nThe treaty was *signed* in 2024 by\nthe **United Nations** &amp; partners.\nIt takes effect in May.\n")
file(WRITE "${WORK_DIR}/b.html" "<html><head><title>T</title><style>p{}</style></head><body><h1>The treaty</h1><p>The treaty was <em>signed</em> in 2023 by\nthe United Nations &amp; partners. It takes effect in June.</p></body></html>\n")
file(WRITE "${WORK_DIR}/moved-a.txt"
     "The council approved the budget on Monday. Critics said the plan ignores rural schools. The mayor will sign it next week. Officials expect savings of ten percent.\n")
file(WRITE "${WORK_DIR}/moved-b.txt"
     "The council approved the budget on Monday. The mayor will sign it next week. Officials expect savings of ten percent. Critics said the plan ignores rural schools.\n")
file(WRITE "${WORK_DIR}/list.tsv" "original\tretranslated\tid\na.md\tb.html\tp1\nmissing.txt\tok.txt\nok.txt\tok.txt\tsame\n")
file(WRITE "${WORK_DIR}/list.jsonl" "{\"original\": \"a.md\", \"retranslated\": \"b.html\", \"id\": \"p1\"}\n\n{\"original\": \"ok.txt\", \"retranslated\": \"ok.txt\"}\n")
file(WRITE "${WORK_DIR}/bad.tsv" "a.md\tb.html\nonly-one-field\n")

execute_process(COMMAND "${HELPER}" nul-file "${WORK_DIR}/binary.txt" RESULT_VARIABLE helper_rc)
if(NOT helper_rc EQUAL 0)
  message(FATAL_ERROR "cannot write the fixtures: ${helper_rc}")
endif()

driver_run_under_test("${CLI}")

set(failures)
if(NOT rc STREQUAL EXPECT_RC)
  list(APPEND failures "exit code ${rc}, expected ${EXPECT_RC}")
endif()
driver_check_output()
if(STDOUT_EMPTY AND NOT out STREQUAL "")
  list(APPEND failures "stdout is not empty")
endif()
if(DEFINED EXPECT_COLOR)
  string(ASCII 27 esc)
  string(FIND "${out}" "${esc}[" at)
  string(FIND "${out}" "${esc}" any_esc)
  if(EXPECT_COLOR AND at EQUAL -1)
    list(APPEND failures "no ANSI colors on stdout")
  elseif(NOT EXPECT_COLOR AND NOT any_esc EQUAL -1)
    list(APPEND failures "an ESC byte on stdout")
  endif()
endif()
driver_report("transdrift ${ARGS}")
