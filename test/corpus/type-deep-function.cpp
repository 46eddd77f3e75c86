// std::function 15 deep
// corpus-also: -c -O2
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <functional>
[[jsinterop::import("a")]] void f(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(std::function<void(int)>)>)>)>)>)>)>)>)>)>)>)>)>)>)> v);
