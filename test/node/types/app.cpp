// The program whose generated declarations (app.d.ts) app-types.test.js checks: exports and imports
// of every kind of TS type (number, bigint, string, Date, boolean, arrays, MemoryView, Promise,
// callbacks, optional values, objects, any), nested namespaces and one JS function imported twice.
#include <jsinterop/jsinterop.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using time_point = std::chrono::system_clock::time_point;

[[jsinterop::import("now", "Clock")]] time_point clock_now();
[[jsinterop::import("text.format", "Shim")]] std::string shim_format(std::string_view pattern, int count);
[[jsinterop::import("log", "Shim")]] void shim_log(std::string_view text);
[[jsinterop::import("log", "Shim")]] void shim_log_number(double value);
[[jsinterop::import("every", "Shim")]] void shim_every(int ms, std::function<void(int)> tick);
[[jsinterop::import("fill", "Shim")]] void shim_fill(std::span<std::uint8_t> bytes);
[[jsinterop::import("load", "Shim")]] jsinterop::task<jsinterop::result<std::string>> shim_load(std::string url);
[[jsinterop::import("lookup", "Shim")]] std::optional<std::int32_t> shim_lookup(std::string_view key);
// A JS function that holds another, as jQuery's $ holds $.ajax.
[[jsinterop::import("query", "Shim")]] int shim_query(std::string_view selector);
[[jsinterop::import("query.escape", "Shim")]] std::string shim_query_escape(std::string_view text);
// Import kinds: a class of a module, a property the program reads and writes, and a method of a
// receiver, which the module it names does not provide.
[[jsinterop::import("Point", "Shapes"), jsinterop::constructor]] jsinterop::object new_point(double x, double y);
[[jsinterop::import("unit", "Shapes"), jsinterop::getter]] std::optional<std::string> shapes_unit();
[[jsinterop::import("unit", "Shapes"), jsinterop::setter]] void set_shapes_unit(std::string_view unit);
[[jsinterop::import("norm", "Shapes"), jsinterop::method]] double norm(jsinterop::object point);
[[jsinterop::import("globalThis.console.log")]] void console_log(std::string_view text);

namespace demo {
[[jsinterop::export]] int add(int a, int b) { return a + b; }
[[jsinterop::export]] double scale(double value, float factor) { return value * factor; }
[[jsinterop::export, jsinterop::marshal_as("bigint")]] std::int64_t twice([[jsinterop::marshal_as("bigint")]] std::int64_t value) {
  return value * 2;
}
[[jsinterop::export, jsinterop::marshal_as("number")]] std::uint64_t size_of([[jsinterop::marshal_as("number")]] std::uint64_t bytes) {
  return bytes;
}
[[jsinterop::export]] bool negate(bool flag) { return !flag; }
[[jsinterop::export]] char16_t initial(std::u16string_view text) { return text.empty() ? u'?' : text[0]; }
[[jsinterop::export]] time_point later(time_point when) { return when + std::chrono::hours(1); }
[[jsinterop::export]] std::optional<std::string> name_of(std::optional<int> id) {
  if (!id) return std::nullopt;
  return std::to_string(*id);
}
[[jsinterop::export]] std::vector<int> lengths(std::vector<std::string> words) {
  std::vector<int> result;
  for (const std::string &word : words) result.push_back(static_cast<int>(word.size()));
  return result;
}
[[jsinterop::export]] int sum(std::span<std::int32_t> values) {
  int total = 0;
  for (std::int32_t value : values) total += value;
  return total;
}
std::vector<double> samples{1.5, 2.5};
[[jsinterop::export]] jsinterop::array_segment<double> sample_buffer() { return samples; }
[[jsinterop::export]] jsinterop::task<int> later_length(std::string url) {
  jsinterop::result<std::string> text = co_await shim_load(url);
  co_return text ? static_cast<int>(text->size()) : -1;
}
[[jsinterop::export]] int apply(std::function<int(int)> callback, int value) { return callback(value); }
[[jsinterop::export]] std::function<std::string(std::string)> greeter() {
  return [](std::string who) { return "Hello, " + who; };
}
[[jsinterop::export]] jsinterop::any first_key(jsinterop::object bag) { return bag.get<jsinterop::any>("first"); }
[[jsinterop::export]] jsinterop::result<int> checked_div(int a, int b) {
  if (b == 0) return jsinterop::unexpected(jsinterop::js_error("division by zero"));
  return a / b;
}
// TypeScript reserves `function`: the declarations rename it, past the name the next one has.
[[jsinterop::export]] int first_of(int function, int function_) { return function < function_ ? function : function_; }
struct Counter {
  [[jsinterop::export]] static int next() {
    static int count = 0;
    return ++count;
  }
};
} // namespace demo

int main() {
  clock_now();
  shim_log(shim_format("{} items", 3));
  shim_log_number(1.5);
  shim_every(10, [](int) {});
  std::uint8_t bytes[4] = {};
  shim_fill(bytes);
  shim_lookup("key");
  shim_log_number(shim_query(shim_query_escape("#id")));
  shim_log_number(norm(new_point(3, 4)));
  set_shapes_unit("cm");
  shim_log(shapes_unit().value_or("?"));
  console_log("done");
}
