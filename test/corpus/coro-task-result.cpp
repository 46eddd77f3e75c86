// task of result, task of task, task as parameter
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] jsinterop::task<jsinterop::result<std::string>> g();
[[jsinterop::import("b")]] jsinterop::task<jsinterop::task<int>> h();
[[jsinterop::import("c")]] void i(jsinterop::task<int> t);
