// span element and extent variants
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
#include <span>
[[jsinterop::import("a")]] void f(std::span<std::uint8_t> a, std::span<int, 4> b, std::span<const int> c, std::span<bool> d, std::span<std::string> e, std::span<char> f2, std::span<float> g);
