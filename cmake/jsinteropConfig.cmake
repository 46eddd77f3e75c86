# find_package(jsinterop): the drivers of this installed tree as the imported executables
# jsinterop::clang++, jsinterop::run and jsinterop::em++, and jsinterop_add_module() (docs/install.md).
# The tree is found from this file's place in it, <prefix>/lib/cmake/jsinterop/, so it can be moved.
get_filename_component(jsinterop_BIN_DIR "${CMAKE_CURRENT_LIST_DIR}/../../../bin" ABSOLUTE)
include("${CMAKE_CURRENT_LIST_DIR}/jsinteropModule.cmake")
