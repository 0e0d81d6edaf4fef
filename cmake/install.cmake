# Installation and the CMake package: find_package(transdrift) then link
# transdrift::transdrift. Included from the top-level CMakeLists.txt.
include(CMakePackageConfigHelpers)

set(TRANSDRIFT_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/transdrift)

install(TARGETS transdrift EXPORT transdriftTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/transdrift
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/include/transdrift/version.hpp
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/transdrift)

if(TARGET transdrift_cli)
  # A shared libtransdrift is found next to the program, wherever the prefix is.
  file(RELATIVE_PATH _transdrift_bin_to_lib
       ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR} ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR})
  set_target_properties(transdrift_cli PROPERTIES INSTALL_RPATH "$ORIGIN/${_transdrift_bin_to_lib}")
  install(TARGETS transdrift_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT transdriftTargets
  NAMESPACE transdrift::
  FILE transdriftTargets.cmake
  DESTINATION ${TRANSDRIFT_CMAKE_INSTALL_DIR})

# ICU and Eigen are PRIVATE: a shared library keeps them to itself, but a
# static one hands them on to the final link, so its package config must find
# them (nlohmann_json is linked as BUILD_INTERFACE and never exported).
get_target_property(_transdrift_type transdrift TYPE)
if(_transdrift_type STREQUAL "STATIC_LIBRARY")
  set(TRANSDRIFT_STATIC_LIBRARY ON)
else()
  set(TRANSDRIFT_STATIC_LIBRARY OFF)
endif()

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/transdriftConfig.cmake.in
  ${PROJECT_BINARY_DIR}/transdriftConfig.cmake
  INSTALL_DESTINATION ${TRANSDRIFT_CMAKE_INSTALL_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/transdriftConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/transdriftConfig.cmake
  ${PROJECT_BINARY_DIR}/transdriftConfigVersion.cmake
  DESTINATION ${TRANSDRIFT_CMAKE_INSTALL_DIR})
