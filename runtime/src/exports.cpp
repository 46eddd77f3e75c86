// What the JS runtime calls in every module: its ABI check, the records of the exports, memory for
// values JS writes (the argument area, malloc), the result slots of string imports, the error of a
// result<T> export, and main. docs/design.md lists these exports.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#ifndef __EMSCRIPTEN__
#include <wasi/api.h>
#endif

#include "jsinterop/detail/binding.h"
#include "jsinterop/wire.h"

// clang names `int main()` __main_void and `int main(int, char**)` __main_argc_argv on wasm.
// Weak, so that a module without main links and its run() returns 0.
extern "C" int __main_void() __attribute__((weak));
extern "C" int __main_argc_argv(int argc, char **argv) __attribute__((weak));

alignas(8) char jsinterop::detail::argument_area[jsinterop::detail::argument_area_size];

namespace {

// stdout is line-buffered so that printf lines and JS console.log lines come out in program order.
// Priority 101 runs this before any constructor of user code can print.
__attribute__((constructor(101))) void line_buffer_stdout() {
  std::setvbuf(stdout, nullptr, _IOLBF, BUFSIZ);
}

#ifndef __EMSCRIPTEN__
int call_main_with_wasi_args() {
  __wasi_size_t count = 0, bytes = 0;
  if (__wasi_args_sizes_get(&count, &bytes) != 0)
    return __main_argc_argv(0, nullptr);
  std::vector<char *> argv(count + 1, nullptr);
  std::vector<char> buffer(bytes);
  if (__wasi_args_get(reinterpret_cast<std::uint8_t **>(argv.data()),
                      reinterpret_cast<std::uint8_t *>(buffer.data())) != 0)
    return __main_argc_argv(0, nullptr);
  return __main_argc_argv(static_cast<int>(count), argv.data());
}
#endif

// The handle of the error the last result<T> export returned, until JS takes it.
jsinterop::abi::i32 pending_export_error = 0;

// Sizes an import's string result slot for JS to write `size` code units into.
template <class String> auto *resize_for_js(String *slot, std::size_t size) {
#if __cpp_lib_string_resize_and_overwrite
  slot->resize_and_overwrite(size, [](auto *, std::size_t n) { return n; });
#else // libc++ 13: JS overwrites the zeros
  slot->resize(size);
#endif
  return slot->data();
}

} // namespace

void jsinterop::detail::set_export_error(abi::i32 h) {
  if (pending_export_error)
    intrinsics::release(pending_export_error);
  pending_export_error = h;
}

extern "C" {

__attribute__((export_name("jsinterop_abi_version"))) int jsinterop_abi_version() {
  return jsinterop::abi::version;
}

// The records of the module's exports that are not direct (detail/binding.h), between the bounds
// the linker gives their section; weak, so null in a module that has none.
extern const jsinterop::detail::export_record __start_jsinterop_exports[] __attribute__((weak));
extern const jsinterop::detail::export_record __stop_jsinterop_exports[] __attribute__((weak));

__attribute__((export_name("jsinterop_export_records"))) const jsinterop::detail::export_record *
jsinterop_export_records() {
  return __start_jsinterop_exports;
}

__attribute__((export_name("jsinterop_export_records_end"))) const jsinterop::detail::export_record *
jsinterop_export_records_end() {
  return __stop_jsinterop_exports;
}

// Emscripten's JS runs main itself, with its own arguments and exit handling (docs/emscripten.md).
// Clang 22 names `int main(int, char**)` __main_argc_argv for Emscripten too, which the libc of an
// emcc built on an older clang (3.1.6) does not know: it calls `main`, which this (weak) forwards.
#ifdef __EMSCRIPTEN__
int jsinterop_emscripten_main(int argc, char **argv) __asm__("main") __attribute__((weak));
int jsinterop_emscripten_main(int argc, char **argv) {
  if (__main_argc_argv)
    return __main_argc_argv(argc, argv);
  return __main_void ? __main_void() : 0;
}
#else
__attribute__((export_name("jsinterop_main"))) int jsinterop_main() {
  int code = 0;
  if (__main_void)
    code = __main_void();
  else if (__main_argc_argv)
    code = call_main_with_wasi_args();
  // Flush, but do not run exit handlers: exports stay callable after main returns.
  std::fflush(stdout);
  std::fflush(stderr);
  return code;
}
#endif

// The argument area's bounds (wire.h, detail::argument_area).
__attribute__((export_name("jsinterop_argument_area"))) char *jsinterop_argument_area() {
  return jsinterop::detail::argument_area;
}

__attribute__((export_name("jsinterop_argument_area_end"))) char *jsinterop_argument_area_end() {
  return jsinterop::detail::argument_area + jsinterop::detail::argument_area_size;
}

__attribute__((export_name("jsinterop_alloc"))) void *jsinterop_alloc(std::size_t size) {
  return jsinterop::detail::counted_malloc(size == 0 ? 1 : size);
}

__attribute__((export_name("jsinterop_free"))) void jsinterop_free(void *pointer) {
  jsinterop::detail::counted_free(pointer);
}

// An import's string result: JS sizes the slot's std::string and writes UTF-8 into the returned bytes.
__attribute__((export_name("jsinterop_string_resize"))) char *
jsinterop_string_resize(std::string *slot, std::size_t size) {
  return resize_for_js(slot, size);
}

// The same for a std::u16string, in UTF-16 code units.
__attribute__((export_name("jsinterop_u16string_resize"))) char16_t *
jsinterop_u16string_resize(std::u16string *slot, std::size_t units) {
  return resize_for_js(slot, units);
}

// JS calls this after every call of a result<T> export: the handle of the error it returned
// (JS throws its value and releases it), or 0.
__attribute__((export_name("jsinterop_take_export_error"))) int jsinterop_take_export_error() {
  return std::exchange(pending_export_error, 0);
}

} // extern "C"
