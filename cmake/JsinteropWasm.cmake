# jsinterop_add_program(NAME [ALL] SOURCES... [FLAGS...]): compiles C++ sources to ${CMAKE_CURRENT_BINARY_DIR}/NAME.wasm
# with build/bin/jsinterop-clang++, as a user would.
function(jsinterop_add_program name)
  cmake_parse_arguments(ARG "ALL" "" "SOURCES;FLAGS" ${ARGN})
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${name}.wasm)
  list(TRANSFORM ARG_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
  file(GLOB_RECURSE runtime_headers CONFIGURE_DEPENDS ${JSINTEROP_RUNTIME_INCLUDE}/*)
  add_custom_command(OUTPUT ${output}
    COMMAND ${JSINTEROP_BIN_DIR}/jsinterop-clang++ -O2 -Wall -Wextra -Werror ${ARG_FLAGS}
            ${ARG_SOURCES} -o ${output}
    DEPENDS ${ARG_SOURCES} ${runtime_headers} jsinterop jsinterop-runtime
            ${JSINTEROP_BIN_DIR}/jsinterop-clang++
    COMMENT "jsinterop-clang++ ${name}.wasm")
  if(ARG_ALL)
    add_custom_target(${name} ALL DEPENDS ${output})
  else()
    add_custom_target(${name} DEPENDS ${output})
  endif()
endfunction()
