# The imported executables jsinterop::clang++, jsinterop::run and jsinterop::em++ (which a jsinterop
# built without emcc does not have), for the drivers in ${jsinterop_BIN_DIR}, and
# jsinterop_add_module(). Included by jsinteropConfig.cmake (an installed tree) and by jsinterop's
# own build (its build tree, for add_subdirectory(); docs/install.md).
foreach(tool clang++ run em++)
  if(NOT TARGET jsinterop::${tool})
    add_executable(jsinterop::${tool} IMPORTED GLOBAL)
    set_target_properties(jsinterop::${tool} PROPERTIES IMPORTED_LOCATION ${jsinterop_BIN_DIR}/jsinterop-${tool})
  endif()
endforeach()

# jsinterop_add_module(NAME SOURCES source... [OPTIONS flag...] [INCLUDE_DIRECTORIES dir...]
#                      [DEPENDS file...] [NO_TSD] [EXCLUDE_FROM_ALL])
# Compiles and links the sources with jsinterop-clang++, in one command, into
# ${CMAKE_CURRENT_BINARY_DIR}/NAME.wasm and its TypeScript declarations NAME.d.ts (not with NO_TSD),
# built by the target NAME. In a project configured by `emcmake cmake` (EMSCRIPTEN), jsinterop-em++
# links NAME.js and NAME.wasm with emcc instead, and writes no NAME.d.ts (docs/emscripten.md).
# OPTIONS go to the driver as they are (-O2, -std=c++23, --guarded-heap, -Wl,..., emcc's -s...);
# DEPENDS lists more files whose change rebuilds the module (headers, say). Relative paths are
# relative to the current source folder.
function(jsinterop_add_module name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "NO_TSD;EXCLUDE_FROM_ALL" ""
                        "SOURCES;OPTIONS;INCLUDE_DIRECTORIES;DEPENDS")
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "jsinterop_add_module(${name}): no SOURCES")
  endif()
  set(wasm ${CMAKE_CURRENT_BINARY_DIR}/${name}.wasm)
  set(flags ${arg_OPTIONS})
  if(EMSCRIPTEN)
    set(tool em++)
    get_target_property(path jsinterop::em++ IMPORTED_LOCATION)
    if(NOT EXISTS ${path})
      message(FATAL_ERROR "jsinterop_add_module(${name}): this jsinterop has no jsinterop-em++ "
                          "(emcc was not installed when it was built)")
    endif()
    set(output ${CMAKE_CURRENT_BINARY_DIR}/${name}.js)
    set(outputs ${output} ${wasm})
  else()
    set(tool clang++)
    set(output ${wasm})
    set(outputs ${wasm})
    if(arg_NO_TSD)
      list(APPEND flags --no-emit-tsd)
    else()
      list(APPEND outputs ${CMAKE_CURRENT_BINARY_DIR}/${name}.d.ts)
    endif()
  endif()
  foreach(dir IN LISTS arg_INCLUDE_DIRECTORIES)
    cmake_path(ABSOLUTE_PATH dir BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND flags -I${dir})
  endforeach()
  set(sources)
  foreach(source IN LISTS arg_SOURCES)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND sources ${source})
  endforeach()
  # jsinterop built by this project (add_subdirectory()): the plugin, the runtime libraries and the
  # generated headers first.
  set(toolchain)
  if(TARGET jsinterop-runtime)
    set(toolchain jsinterop jsinterop-runtime jsinterop-runtime-guarded jsinterop-web)
  endif()
  # The driver by its path, which also works in a cross-compiling project.
  get_filename_component(output_name ${output} NAME)
  add_custom_command(OUTPUT ${outputs}
    COMMAND $<TARGET_FILE:jsinterop::${tool}> ${flags} ${sources} -o ${output}
    DEPENDS ${sources} ${arg_DEPENDS} $<TARGET_FILE:jsinterop::${tool}> ${toolchain}
    COMMENT "jsinterop-${tool} ${output_name}"
    VERBATIM)
  if(arg_EXCLUDE_FROM_ALL)
    add_custom_target(${name} DEPENDS ${outputs})
  else()
    add_custom_target(${name} ALL DEPENDS ${outputs})
  endif()
endfunction()
