// What the JS runtime calls in every module: its ABI check, memory for values JS writes, the
// result slot of string imports, and main. docs/design.md lists these exports.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <wasi/api.h>

#include "jsinterop/wire.h"

// clang names `int main()` __main_void and `int main(int, char**)` __main_argc_argv on wasm.
// Weak, so that a module without main links and its run() returns 0.
extern "C" int __main_void() __attribute__((weak));
extern "C" int __main_argc_argv(int argc, char **argv) __attribute__((weak));

namespace {

// stdout is line-buffered so that printf lines and JS console.log lines come out in program order.
// Priority 101 runs this before any constructor of user code can print.
__attribute__((constructor(101))) void line_buffer_stdout() {
  std::setvbuf(stdout, nullptr, _IOLBF, BUFSIZ);
}

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

std::string export_return_string;
jsinterop::abi::return_area export_return_area;

} // namespace

jsinterop::abi::return_area *jsinterop::abi::string_return_area(std::string &&value) {
  export_return_string = std::move(value);
  export_return_area = {address_of(export_return_string.data()),
                        static_cast<i32>(export_return_string.size())};
  return &export_return_area;
}

extern "C" {

__attribute__((export_name("jsinterop_abi_version"))) int jsinterop_abi_version() {
  return jsinterop::abi::version;
}

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

__attribute__((export_name("jsinterop_alloc"))) void *jsinterop_alloc(std::size_t size) {
  return std::malloc(size == 0 ? 1 : size);
}

__attribute__((export_name("jsinterop_free"))) void jsinterop_free(void *pointer) {
  std::free(pointer);
}

// An import's string result: JS sizes the slot's std::string and writes UTF-8 into the returned bytes.
__attribute__((export_name("jsinterop_string_resize"))) char *
jsinterop_string_resize(std::string *slot, std::size_t size) {
  slot->resize_and_overwrite(size, [](char *, std::size_t n) { return n; });
  return slot->data();
}

} // extern "C"
