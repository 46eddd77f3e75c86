// Per-call cost of jsinterop imports next to hand-written raw wasm imports, in one module so
// that both are measured in the same run (bench/calls.mjs drives it).
#include <jsinterop/jsinterop.h>

#include <string_view>

[[jsinterop::import("add", "Bench")]] int js_add(int a, int b);
[[jsinterop::import("takeString", "Bench")]] int js_take_string(std::string_view text);

// The baselines: what a programmer would write by hand without jsinterop.
__attribute__((import_module("bench"), import_name("raw_add"))) int raw_add(int a, int b);
__attribute__((import_module("bench"), import_name("raw_take_string"))) int
raw_take_string(const char *data, int size);

namespace bench {
[[jsinterop::export]] int int_import(int calls) {
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += js_add(i, 1);
  return sum;
}

[[jsinterop::export]] int raw_int_import(int calls) {
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += raw_add(i, 1);
  return sum;
}

[[jsinterop::export]] int string_import(int calls) {
  static const std::string_view text = "hello";
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += js_take_string(text);
  return sum;
}

[[jsinterop::export]] int raw_string_import(int calls) {
  static const std::string_view text = "hello";
  int sum = 0;
  for (int i = 0; i < calls; ++i)
    sum += raw_take_string(text.data(), static_cast<int>(text.size()));
  return sum;
}
} // namespace bench
