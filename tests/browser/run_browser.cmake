# The HTML report in a real browser: writes the corpus pair's report, loads
# it in headless Chromium (--dump-dom), and checks the DOM the page's script
# produced against the JSON report of the same run (dom_check). Also checks
# that the page logged no errors: its script records them on <body>, and
# Chromium's console log on stderr must hold no "Uncaught" or "CONSOLE ... Error".
#
#   -DCLI=<transdrift> -DCHECK=<dom_check> -DCHROMIUM=<chromium or empty>
#   -DORIG=<file> -DRETR=<file> -DWORK_DIR=<dir>
#   -DHASH=<url fragment, optional> -DHIDDEN=<severities hidden by HASH, optional>
#
# Without Chromium: prints "transdrift-test-skipped: ..." (ctest SKIP, not a pass).
cmake_minimum_required(VERSION 3.21)
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/test_driver_common.cmake)
if(NOT CHROMIUM OR NOT EXISTS "${CHROMIUM}")
  driver_skip("chromium is not installed (apt-get install chromium)")
  return()
endif()
driver_fresh_dir("${WORK_DIR}" profile)

foreach(fmt html json)
  driver_run("transdrift --format ${fmt}" "${CLI}" diff "${ORIG}" "${RETR}" --format ${fmt}
             -o "${WORK_DIR}/report.${fmt}" --fail-on never)
endforeach()

set(url "file://${WORK_DIR}/report.html${HASH}")
execute_process(
  COMMAND "${CHROMIUM}" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
          --disable-background-networking --disable-component-update --disable-sync
          "--user-data-dir=${WORK_DIR}/profile" --enable-logging=stderr --v=0
          --virtual-time-budget=5000 --dump-dom "${url}"
  OUTPUT_FILE "${WORK_DIR}/dom.html"
  ERROR_FILE "${WORK_DIR}/chromium.log"
  RESULT_VARIABLE rc
  TIMEOUT 120)
if(NOT rc EQUAL 0)
  file(READ "${WORK_DIR}/chromium.log" log)
  message(FATAL_ERROR "chromium failed (${rc}):\n${log}")
endif()
file(READ "${WORK_DIR}/chromium.log" log)
if(log MATCHES "Uncaught|CONSOLE\\([0-9]+\\)\\] \"[^\"]*[Ee]rror")
  message(FATAL_ERROR "the page logged errors:\n${log}")
endif()

execute_process(COMMAND "${CHECK}" "${WORK_DIR}/dom.html" "${WORK_DIR}/report.json" "${HIDDEN}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "DOM check failed:\n${err}")
endif()
message("${out}")
