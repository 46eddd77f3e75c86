// char8_t, wchar_t, char32_t, std::byte
#include <jsinterop/jsinterop.h>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <optional>
[[jsinterop::import("a")]] void f(char8_t a, wchar_t b, char32_t c, std::byte d);
