# Script mode (cmake -P, run by the jsinterop-compile-commands target): merges the wasm32 entries
# into the compile_commands.json that CMake writes for the host sources, so that clangd finds the
# flags of every source in one database (docs/editors.md).
if(CMAKE_SCRIPT_MODE_FILE)
  cmake_minimum_required(VERSION 3.20)
  file(READ ${DB} db)
  file(READ ${WASM_DB} wasm)
  string(JSON wasm_count LENGTH "${wasm}")
  string(JSON db_count LENGTH "${db}")
  set(wasm_files "")
  if(wasm_count GREATER 0)
    math(EXPR last "${wasm_count} - 1")
    foreach(i RANGE ${last})
      string(JSON file GET "${wasm}" ${i} file)
      list(APPEND wasm_files "${file}")
    endforeach()
  endif()
  set(merged "[]")
  set(n 0)
  if(db_count GREATER 0)
    math(EXPR last "${db_count} - 1")
    foreach(i RANGE ${last})
      string(JSON file GET "${db}" ${i} file)
      if(NOT file IN_LIST wasm_files) # entries of an earlier merge are replaced
        string(JSON entry GET "${db}" ${i})
        string(JSON merged SET "${merged}" ${n} "${entry}")
        math(EXPR n "${n} + 1")
      endif()
    endforeach()
  endif()
  if(wasm_count GREATER 0)
    math(EXPR last "${wasm_count} - 1")
    foreach(i RANGE ${last})
      string(JSON entry GET "${wasm}" ${i})
      string(JSON merged SET "${merged}" ${n} "${entry}")
      math(EXPR n "${n} + 1")
    endforeach()
  endif()
  if(NOT merged STREQUAL db)
    file(WRITE ${DB} "${merged}\n")
  endif()
  return()
endif()

# The compile command of a wasm32 source, as jsinterop-clang++ runs it, for compile_commands.json.
function(jsinterop_add_compile_command source)
  set(args ${JSINTEROP_WASM_CXX} ${JSINTEROP_WASM_FLAGS} -std=c++20
           -fplugin=${JSINTEROP_LIB_DIR}/libjsinterop.so -isystem ${JSINTEROP_RUNTIME_INCLUDE}
           -isystem ${JSINTEROP_WEB_INCLUDE}
           ${ARGN} -c ${source})
  set(json "")
  foreach(arg IN LISTS args)
    string(REPLACE "\\" "\\\\" arg "${arg}")
    string(REPLACE "\"" "\\\"" arg "${arg}")
    string(APPEND json "${json_sep}\"${arg}\"")
    set(json_sep ", ")
  endforeach()
  set_property(GLOBAL APPEND PROPERTY JSINTEROP_WASM_COMPILE_COMMANDS
    "{\"directory\": \"${CMAKE_CURRENT_BINARY_DIR}\", \"file\": \"${source}\", \"arguments\": [${json}]}")
  get_property(deferred GLOBAL PROPERTY JSINTEROP_WASM_COMPILE_COMMANDS_DEFERRED)
  if(NOT deferred)
    set_property(GLOBAL PROPERTY JSINTEROP_WASM_COMPILE_COMMANDS_DEFERRED ON)
    cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _jsinterop_write_compile_commands)
  endif()
endfunction()

# At the end of the configure step: build/wasm_compile_commands.json, and a target of the default
# build that merges it into build/compile_commands.json (which CMake writes after configuring).
function(_jsinterop_write_compile_commands)
  get_property(entries GLOBAL PROPERTY JSINTEROP_WASM_COMPILE_COMMANDS)
  list(JOIN entries ",\n" entries)
  set(wasm_db ${CMAKE_BINARY_DIR}/wasm_compile_commands.json)
  file(CONFIGURE OUTPUT ${wasm_db} CONTENT "[\n${entries}\n]\n" @ONLY)
  add_custom_target(jsinterop-compile-commands ALL
    COMMAND ${CMAKE_COMMAND} -DDB=${CMAKE_BINARY_DIR}/compile_commands.json -DWASM_DB=${wasm_db}
            -P ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
    COMMENT "compile_commands.json: wasm32 sources" VERBATIM)
endfunction()

# jsinterop_add_program(NAME [ALL] SOURCES... [FLAGS...]): compiles C++ sources to ${CMAKE_CURRENT_BINARY_DIR}/NAME.wasm
# with build/bin/jsinterop-clang++, as a user would (jsinterop_add_module, with the project's warnings).
function(jsinterop_add_program name)
  cmake_parse_arguments(ARG "ALL" "" "SOURCES;FLAGS" ${ARGN})
  set(flags -O2 -Wall -Wextra -Werror ${ARG_FLAGS})
  foreach(source IN LISTS ARG_SOURCES)
    jsinterop_add_compile_command(${CMAKE_CURRENT_SOURCE_DIR}/${source} ${flags})
  endforeach()
  file(GLOB_RECURSE runtime_headers CONFIGURE_DEPENDS ${JSINTEROP_RUNTIME_INCLUDE}/*)
  if(NOT ARG_ALL)
    set(exclude EXCLUDE_FROM_ALL)
  endif()
  jsinterop_add_module(${name} SOURCES ${ARG_SOURCES} OPTIONS ${flags} DEPENDS ${runtime_headers} ${exclude})
endfunction()
