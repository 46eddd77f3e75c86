// "JS primitives": PrimitivesInterop.cs and PrimitivesUsage.
#include "Sample.h"

#include <cstdint>

namespace primitives_interop {

// Importing an existing JS method.
[[jsinterop::import("globalThis.console.log")]]
void console_log(std::string_view text);

// Importing functions of a JS module.
[[jsinterop::import("incrementCounter", "PrimitivesShim")]]
void increment_counter();

[[jsinterop::import("getCounter", "PrimitivesShim")]]
int get_counter();

// The JS function's name need not match the C++ name; two C++ functions may map to one JS function.
[[jsinterop::import("logValue", "PrimitivesShim")]]
void log_int(int value);

[[jsinterop::import("logValue", "PrimitivesShim")]]
void log_string(std::string_view value);

// Any JS value (.NET: [JSMarshalAs<JSType.Any>] object).
[[jsinterop::import("logValueAndType", "PrimitivesShim")]]
void log_value_and_type(jsinterop::any value);

// A char16_t is a one-unit string by default; as a number it is its code unit (.NET boxes a char
// into a Number when it is marshalled as Any).
[[jsinterop::import("logValueAndType", "PrimitivesShim")]]
void log_value_and_type_for_char([[jsinterop::marshal_as("number")]] char16_t value);

// A 64-bit integer has two mappings, so it must say which one (unannotated is a compile error).
[[jsinterop::import("logValueAndType", "PrimitivesShim")]]
void log_value_and_type_for_number([[jsinterop::marshal_as("number")]] std::int64_t value);

[[jsinterop::import("logValueAndType", "PrimitivesShim")]]
void log_value_and_type_for_bigint([[jsinterop::marshal_as("bigint")]] std::int64_t value);

} // namespace primitives_interop

namespace sample {

jsinterop::task<void> primitives_usage() {
  using namespace primitives_interop;
  // Ensure the JS module is loaded.
  if (!co_await import_shim("PrimitivesShim", "./PrimitivesShim.js")) co_return;

  // Call a proxy to a static JS method, console.log().
  console_log("Printed from JSImport of console.log()");

  // Basic examples of JS interop with an integer.
  increment_counter();
  int counter_value = get_counter();
  log_int(counter_value);
  log_string("I'm a string from C++ in your browser!");

  // Mapping some other C++ types to JS primitives.
  log_value_and_type(true);
  log_value_and_type(std::uint8_t{0x3A});
  log_value_and_type_for_char(u'C');
  log_value_and_type(std::int16_t{12});
  // A JS Number has a lower maximum (2^53 - 1): larger values are refused at run time.
  log_value_and_type_for_number(9007199254740990LL);
  // A JS BigInt holds any 64-bit integer.
  log_value_and_type_for_bigint(1234567890123456789LL);
  log_value_and_type(3.14f);
  log_value_and_type(3.14);
  log_value_and_type(std::string("A string"));
}

} // namespace sample
