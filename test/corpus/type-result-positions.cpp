// jsinterop::result in every position
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(jsinterop::result<int> a);
[[jsinterop::import("b")]] std::vector<jsinterop::result<int>> g();
[[jsinterop::import("c")]] jsinterop::result<jsinterop::result<int>> h();
[[jsinterop::import("d")]] std::optional<jsinterop::result<int>> i();
[[jsinterop::import("e")]] jsinterop::result<void> j();
