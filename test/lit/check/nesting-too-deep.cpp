// err_nesting_too_deep: at most 8 templates (optional, vector, task, function, result) around a
// type; 8 compile, 9 do not, wherever the ninth level is.
// RUN: %verify %s
#include <jsinterop/jsinterop.h>
#include <functional>
#include <optional>
#include <string>
#include <vector>

template <class T> using OV = std::optional<std::vector<T>>;

[[jsinterop::import("ok8")]] void ok8(OV<OV<OV<OV<std::string>>>> v);
[[jsinterop::export]] jsinterop::task<OV<OV<OV<std::vector<int>>>>> ok8_task() { co_return std::nullopt; }
[[jsinterop::import("ok8_callback")]] void ok8_callback(std::function<void(OV<OV<OV<std::optional<int>>>>)> f);

[[jsinterop::import("deep9")]] void deep9(std::vector<OV<OV<OV<OV<std::string>>>>> v); // expected-error {{parameter 'v' of 'deep9' nests templates more than 8 levels deep, which jsinterop does not support; pass an object or flatten the type}}
[[jsinterop::import("deep9_result")]] OV<OV<OV<OV<std::optional<int>>>>> deep9_result(); // expected-error {{the return value of 'deep9_result' nests templates more than 8 levels deep}}
[[jsinterop::export]] jsinterop::task<OV<OV<OV<OV<int>>>>> deep9_task() { co_return std::nullopt; } // expected-error {{the return value of 'deep9_task' nests templates more than 8 levels deep}}
[[jsinterop::import("deep9_callback")]] void deep9_callback(std::function<OV<OV<OV<OV<int>>>>()> f); // expected-error {{parameter 'f' of 'deep9_callback' nests templates more than 8 levels deep}}
[[jsinterop::import("deep40")]] void deep40(OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<OV<std::string>>>>>>>>>>>>>>>>>>>> v); // expected-error {{parameter 'v' of 'deep40' nests templates more than 8 levels deep}}
