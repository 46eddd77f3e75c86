# JSINTEROP_SANITIZE=ON: the plugin (and its type-map library) with libstdc++ assertions and
# UBSan, every check fatal. The plugin is dlopen()ed by Debian's unsanitized clang++-22, so the
# sanitizer runtime is the shared one (-shared-libsan): libclang_rt.ubsan_standalone-x86_64.so
# comes in as a DT_NEEDED of libjsinterop.so (found through an rpath), no LD_PRELOAD needed.
# JSINTEROP_SANITIZE_ADDRESS=ON adds AddressSanitizer; the ASan runtime must then be the first
# library of the process: run the compiler with
#   LD_PRELOAD=/usr/lib/llvm-22/lib/clang/22/lib/linux/libclang_rt.asan-x86_64.so
# (tools/check-sanitized does). Use a separate build folder: tools/check-sanitized.
# Included at the end of plugin/CMakeLists.txt.
option(JSINTEROP_SANITIZE "Build the plugin with -D_GLIBCXX_ASSERTIONS and UBSan" OFF)
option(JSINTEROP_SANITIZE_ADDRESS "With JSINTEROP_SANITIZE: AddressSanitizer too" OFF)
if(JSINTEROP_SANITIZE)
  set(jsinterop_sanitizers undefined)
  if(JSINTEROP_SANITIZE_ADDRESS)
    list(APPEND jsinterop_sanitizers address)
  endif()
  list(JOIN jsinterop_sanitizers "," jsinterop_sanitizers)
  # UBSan's vptr check needs RTTI, which LLVM (and so the plugin) is built without.
  set(jsinterop_sanitize_flags -fsanitize=${jsinterop_sanitizers} -fno-sanitize=vptr
      -fno-sanitize-recover=all -shared-libsan -fno-omit-frame-pointer -g)
  set(jsinterop_sanitize_compile_flags ${jsinterop_sanitize_flags})
  if(JSINTEROP_SANITIZE_ADDRESS)
    list(APPEND jsinterop_sanitize_compile_flags -include ${CMAKE_CURRENT_LIST_DIR}/asan-shared-allocators.h)
  endif()
  # Whatever compiles plugin sources, and whatever links them.
  foreach(target jsinterop jsinterop-typemap jsinterop-plugin-objects)
    if(TARGET ${target})
      target_compile_definitions(${target} PRIVATE _GLIBCXX_ASSERTIONS)
      target_compile_options(${target} PRIVATE ${jsinterop_sanitize_compile_flags})
    endif()
  endforeach()
  # Everything that links the plugin's code (the plugin, the unit tests, a clangd build) links the
  # runtime too: the link options are jsinterop-typemap's interface. The shared sanitizer runtimes
  # live in clang's resource folder, which the loader does not search: an rpath.
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-runtime-dir
    OUTPUT_VARIABLE jsinterop_sanitizer_runtime_dir OUTPUT_STRIP_TRAILING_WHITESPACE)
  target_link_options(jsinterop-typemap INTERFACE ${jsinterop_sanitize_flags}
    -Wl,-rpath,${jsinterop_sanitizer_runtime_dir})
endif()
