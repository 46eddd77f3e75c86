// std::function shapes
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
[[jsinterop::import("a")]] void f(std::function<void(std::string_view)> a, std::function<std::string_view()> b, std::function<void(int &)> c, std::function<void()> d, std::function<int(int, double)> e);
