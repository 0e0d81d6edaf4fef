# The consumer_find_package test: install the build into a prefix inside the
# build tree, build tests/consumer against it with find_package, run it.
#
#   -DBUILD_DIR=<dir>      the transdrift build tree (already built)
#   -DSOURCE_DIR=<dir>     tests/consumer
#   -DWORK_DIR=<dir>       emptied; holds prefix/ and build/
#   -DGENERATOR=<name>     the generator of the main build
#   -DCXX_COMPILER=<path>  the compiler of the main build
#   -DMAKE_PROGRAM=<path>  optional: the build tool of the main build (ninja, make)
#   -DBUILD_TYPE=<type>    the configuration to install and build
#   -DWITH_CLI=1|0         whether the transdrift program was built (and so installed)
cmake_minimum_required(VERSION 3.21)

include(${CMAKE_CURRENT_LIST_DIR}/../cmake/test_driver_common.cmake)
driver_require(run_consumer.cmake BUILD_DIR SOURCE_DIR WORK_DIR GENERATOR CXX_COMPILER)
if(NOT BUILD_TYPE)
  set(BUILD_TYPE Release)
endif()

set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")

driver_run("install" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" --config "${BUILD_TYPE}")
set(expected include/transdrift/transdrift.hpp include/transdrift/version.hpp)
if(WITH_CLI)
  list(APPEND expected bin/transdrift)
endif()
foreach(f ${expected})
  if(NOT EXISTS "${prefix}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

# The package registries could hand the consumer the build tree instead of
# the prefix: switch them off so only the install is tested.
set(make_program)
if(MAKE_PROGRAM)
  set(make_program "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
driver_run("configure consumer" "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/build" -G "${GENERATOR}" ${make_program}
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
    "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
    -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
driver_run("build consumer" "${CMAKE_COMMAND}" --build "${WORK_DIR}/build" --config "${BUILD_TYPE}")

find_program(consumer consumer PATHS "${WORK_DIR}/build" "${WORK_DIR}/build/${BUILD_TYPE}" NO_DEFAULT_PATH)
if(NOT consumer)
  message(FATAL_ERROR "the consumer program was not built")
endif()
driver_run("run consumer" "${consumer}")
if(WITH_CLI)
  driver_run("run installed transdrift" "${prefix}/bin/transdrift" --version)
endif()
