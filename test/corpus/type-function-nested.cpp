// std::function of std::function
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
[[jsinterop::import("a")]] std::function<std::function<int(std::function<void(int)>)>(int)> f(std::function<std::function<void()>()> g);
